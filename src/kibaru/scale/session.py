"""An offline Spark session: nothing is downloaded, nothing listens beyond the loopback interface.

In local mode (``local[N]``) the driver binds to 127.0.0.1, the web UI is off, scratch space goes
to a temporary folder and the executors' Python is this interpreter. Under ``spark-submit`` the
cluster's own settings (master, deploy mode, Python) are kept; only the UI and package resolution
settings are added.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
import warnings
from importlib import resources
from typing import TYPE_CHECKING

from kibaru.errors import ConfigError

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

DEFAULT_MASTER = "local[*]"
DAEMON_MODULE = "kibaru.scale.daemon"


def _pyspark() -> None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import pyspark  # noqa: F401
    except ImportError as exc:
        raise ConfigError(f"the Spark job needs the spark extra: pip install 'kibaru[spark]' ({exc})") from exc


def log_config_path() -> str:
    """The packaged log4j2 configuration (errors only)."""
    return str(resources.files("kibaru") / "data" / "spark" / "log4j2.properties")


def spark_session(
    master: str | None = None, *, app_name: str = "kibaru", partitions: int | None = None,
    daemon_module: str = DAEMON_MODULE,
) -> SparkSession:
    """The active Spark session, or a new one configured to run without any network access.

    ``master`` overrides the cluster's (``local[2]``, ``yarn``, ``k8s://…``); without it, the master
    given to ``spark-submit`` is used, else ``local[*]``. ``daemon_module`` is the executors' Python
    daemon (``"pyspark.daemon"``: PySpark's own, each worker then loads the components itself).
    """
    _pyspark()
    # PySpark warns about pandas versions on import of its SQL module; kibaru does not use pandas UDFs.
    warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas")
    from pyspark import SparkConf
    from pyspark.sql import SparkSession

    conf = SparkConf()
    if master:
        conf.setMaster(master)
    elif not conf.contains("spark.master"):
        conf.setMaster(DEFAULT_MASTER)
    conf.setAppName(app_name)
    conf.set("spark.ui.enabled", "false")
    conf.set("spark.ui.showConsoleProgress", "false")
    if partitions:
        conf.set("spark.sql.shuffle.partitions", str(partitions))
    # One Python daemon per executor loads the components, then forks workers that share the model
    # (copy-on-write); workers are kept from task to task. See scale.daemon.
    if not conf.contains("spark.python.daemon.module"):
        conf.set("spark.python.daemon.module", daemon_module)
    conf.set("spark.python.worker.reuse", "true")
    if str(conf.get("spark.master")).startswith("local"):
        conf.set("spark.driver.host", "127.0.0.1")
        conf.set("spark.driver.bindAddress", "127.0.0.1")
        scratch = tempfile.mkdtemp(prefix="kibaru-spark-")
        atexit.register(shutil.rmtree, scratch, ignore_errors=True)
        conf.set("spark.local.dir", scratch)
        # The executors' Python must be this one (with kibaru and its dependencies installed).
        conf.set("spark.pyspark.python", sys.executable)
        os.environ["PYSPARK_PYTHON"] = sys.executable
        if not conf.contains("spark.driver.extraJavaOptions"):
            conf.set("spark.driver.extraJavaOptions", f"-Dlog4j2.configurationFile=file:{log_config_path()}")
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    try:
        session = SparkSession.builder.config(conf=conf).getOrCreate()
    except Exception as exc:  # the JVM did not start: no Java, a port refused, a bad master URL
        raise ConfigError(
            f"cannot start Spark ({conf.get('spark.master')}): {exc}. Spark needs Java 17+ "
            "(Debian: apt-get install default-jre-headless)"
        ) from exc
    session.sparkContext.setLogLevel("ERROR")
    return session
