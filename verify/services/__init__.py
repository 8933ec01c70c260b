"""Every write to the desk's data goes through a function in this package.

Services are ``<entity>_<action>`` functions with keyword-only arguments, each
one transaction. Modules: ``ingest`` (articles and their extracted items),
``sources``, ``events`` (the history every change leaves).
"""
