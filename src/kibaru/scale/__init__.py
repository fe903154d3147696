"""Scale-out: the per-document pipeline on Apache Spark, and loading its Parquet into a database.

``session`` starts an offline Spark session, ``job`` runs the ingest pipeline over a cluster's
executors, ``lsh`` clusters republications with MinHash LSH in Spark, ``output`` is the Parquet
layout they share with ``load``, which brings a job's output into any storage backend.
PySpark is an optional extra (``pip install 'kibaru[spark]'``), imported only inside these modules.
"""
