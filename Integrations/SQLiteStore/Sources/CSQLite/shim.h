// The system SQLite header, for the `CSQLite` module.
#include <sqlite3.h>
