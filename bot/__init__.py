"""The loyalty bot: settings, database, engine, channels and jobs."""
