mycode-text = 🔖 Namba yako ya uanachama: { $code }
    Ionyeshe kaunta ili kukusanya pointi na mihuri.
