# Kuleta wateja kutoka faili ya CSV (ukurasa wa Kuleta kwenye dashibodi).
dash-nav-import = Leta wateja
import-intro = Leta wateja wa kadi zako za karatasi, wa jedwali au wa programu nyingine: faili ya CSV (Excel: “Save as… CSV UTF-8”) yenye mstari mmoja kwa kila mteja na namba ya simu kwenye kila mstari. Pointi zinaingia kama salio la kuanzia, mihuri kama kadi inayoendelea. Mteja anaunganishwa na mazungumzo yake anapoandikia boti kwa mara ya kwanza kutoka namba hiyo.
import-file = Faili ya CSV (hadi MB 5, mistari 20 000)
import-upload = Pakia na uendelee
import-not-csv = Tafadhali chagua faili ya .csv.
import-columns-title = Safu ipi ina nini?
import-columns-intro = Chagua safu ya faili yako kwa kila kipengele. Namba ya simu pekee ndiyo inayohitajika.
import-field-name = Jina
import-field-phone = Namba ya simu
import-field-language = Lugha (en, sw, el, am)
import-field-points = Pointi
import-field-stamps = Mihuri kwenye kadi ya sasa
import-field-joined = Mwanachama tangu (2024-05-31 au 31/05/2024)
import-field-birthday = Siku ya kuzaliwa
import-no-column = (haipo kwenye faili)
import-counts-for-tiers = Hesabu pointi zinazoletwa kwa madaraja, kana kwamba zimepatikana leo
import-check = Kagua faili (hakuna kinachohifadhiwa bado)
import-check-title = Kuleta kutafanya nini
import-will-create = { $count ->
    [one] Mteja 1 ataundwa.
   *[other] Wateja { $count } wataundwa.
}
import-will-skip-duplicates = { $count ->
    [0] Hakuna mstari unaorudia mwanachama.
    [one] Mstari 1 unarudia mwanachama na utaachwa.
   *[other] Mistari { $count } inarudia wanachama na itaachwa.
}
import-will-skip-errors = { $count ->
    [0] Hakuna mstari wenye kosa.
    [one] Mstari 1 una kosa na utaachwa.
   *[other] Mistari { $count } ina makosa na itaachwa.
}
import-problems = Mistari iliyoachwa
import-line = mstari { $line }
import-preview = Wateja watakaoundwa
import-run = { $count ->
    [one] Leta mteja 1
   *[other] Leta wateja { $count }
}
import-error-phone = hakuna namba ya simu inayotumika (“{ $value }”)
import-error-language = lugha isiyojulikana “{ $value }” (tumia en, sw, el au am)
import-error-points = pointi lazima ziwe namba kamili (“{ $value }”)
import-error-stamps = mihuri lazima iwe namba kamili kuanzia 0 hadi { $slots } (“{ $value }”)
import-error-date = si tarehe (“{ $value }”): andika 2024-05-31 au 31/05/2024
import-duplicate-member = tayari ni mwanachama (namba ya uanachama { $code })
import-duplicate-line = namba ya simu ile ile kama mstari { $line }
import-progress-title = Tunaleta { $file }
import-running = Mistari { $done } kati ya { $total } imekamilika…
import-done = Imekamilika: wateja { $created } wameundwa, mistari { $skipped } imeachwa.
import-continue = Endelea kuleta
