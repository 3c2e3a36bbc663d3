using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Steward.Data.Ingest;

/// <summary>SQLite: prepared statements reused within the transaction, the fastest way SQLite takes many rows.</summary>
internal sealed class SqliteStoreSession(SqliteConnection connection) : StoreSession(connection)
{
    /// <summary>
    /// The log file's size past which a commit copies it into the database file (SQLite's own default, 1,000 pages of
    /// 4 KiB). The file keeps its size after a copy, so once an import has grown it, each later commit of this session
    /// starts a copy; a passive one with little or nothing new to copy returns at once.
    /// </summary>
    private const long CheckpointBytes = 1000 * 4096;

    private Task? _checkpoint;

    /// <summary>True while an import into a store without releases writes through a rollback journal (<see cref="BeginWrite"/>).</summary>
    internal bool WritingDirect { get; private set; }

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    /// <summary>
    /// Copies the write-ahead log into the database file on a connection of its own, while this one goes on (the stored
    /// figures' refresh, the next input): SQLite would otherwise do it inside the commit, 1.7 s for the 590 MB a
    /// 50,000-release import writes. Safety is unchanged: a commit is in the log before this starts, and readers and
    /// the next writer work alongside a checkpoint. The import's connection leaves checkpoints to this
    /// (<c>PRAGMA wal_autocheckpoint=0</c>, set by <see cref="StewardImporter"/>); one runs at a time.
    /// </summary>
    protected override void Committed()
    {
        var connection = (SqliteConnection)Connection;
        if (string.IsNullOrEmpty(connection.DataSource) || new FileInfo(connection.DataSource + "-wal") is not { Exists: true, Length: >= CheckpointBytes })
        {
            return;
        }

        var previous = _checkpoint;
        var background = new SqliteConnectionStringBuilder(connection.ConnectionString) { Pooling = false }.ToString();
        _checkpoint = Task.Run(() =>
        {
            previous?.Wait();
            try
            {
                using var checkpointer = new SqliteConnection(background);
                checkpointer.Open();
                using var command = checkpointer.CreateCommand();
                command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
                command.ExecuteNonQuery();
            }
            catch (SqliteException)
            {
                // A checkpoint that cannot run now leaves the log for the next one: nothing committed depends on it.
            }
        });
    }

    protected override void Closing() => _checkpoint?.Wait();

    /// <summary>
    /// An import into a store that holds no releases (the first import of a new file, the whole record at once) writes
    /// its pages once, straight into the file, through a rollback journal, instead of twice (into the write-ahead log,
    /// then copied into the file): 10-15% of such an import's time (docs/performance.md). It is as safe: the transaction
    /// is still all or nothing, and a process killed part-way leaves a journal that the next connection rolls back
    /// (<c>synchronous=FULL</c> meanwhile, as SQLite asks of a rollback journal to survive a power cut too). SQLite lets
    /// a store leave WAL only when no other connection has it open; if one has, the import writes through the log as
    /// usual. While it writes this way, a reader waits until the commit (the store had nothing to read yet).
    /// </summary>
    public override void BeginWrite()
    {
        var connection = (SqliteConnection)Connection;
        if (string.IsNullOrEmpty(connection.DataSource) || Scalar("SELECT count(*) FROM (SELECT 1 FROM releases LIMIT 1) r") != 0)
        {
            return;
        }

        _checkpoint?.Wait();
        SqliteConnection.ClearPool(connection); // this process's own idle connections to the store would hold it in WAL
        WritingDirect = JournalMode("DELETE") == "delete";
        if (WritingDirect)
        {
            Execute("PRAGMA synchronous=FULL");
        }
    }

    /// <summary>Back to the write-ahead log, so that readers and a writer work at once again (the store's usual mode).</summary>
    public override void EndWrite()
    {
        if (!WritingDirect || Transaction is not null)
        {
            return;
        }

        // Another connection opened meanwhile keeps the rollback journal; the next command that opens the store finds it
        // out of WAL and sets it back (MigrationHistory, DatabaseMigrator.Migrate).
        WritingDirect = JournalMode("WAL") != "wal";
        if (!WritingDirect)
        {
            Execute("PRAGMA synchronous=NORMAL");
        }
    }

    /// <summary>Sets the journal mode if no other connection is in the way (waiting at most a second); returns the mode in force.</summary>
    private string JournalMode(string mode)
    {
        using var command = Connection.CreateCommand();
        command.CommandTimeout = 1;
        try
        {
            command.CommandText = $"PRAGMA journal_mode={mode}";
            return (command.ExecuteScalar() as string ?? string.Empty).ToLowerInvariant();
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode is raw.SQLITE_BUSY or raw.SQLITE_LOCKED)
        {
            command.CommandText = "PRAGMA journal_mode";
            return (command.ExecuteScalar() as string ?? string.Empty).ToLowerInvariant();
        }
    }

    public override void PrepareTemp(string table, string columns)
    {
        var types = columns.Replace(" STAMP", " TEXT", StringComparison.Ordinal).Replace(" FLAG", " INTEGER", StringComparison.Ordinal)
            .Replace(" BIGINT", " INTEGER", StringComparison.Ordinal);
        Execute($"CREATE TEMP TABLE IF NOT EXISTS {table} ({types})");
        Execute($"DELETE FROM {table}");
    }

    public override ITableSink Open(string table, params string[] columns) => new Sink(this, table, columns);

    /// <summary>
    /// Rows gathered and written many to a statement: one multi-row INSERT prepared once on the connection's own
    /// handle and bound by position (Microsoft.Data.Sqlite binds by name, a linear search per parameter that cost more
    /// than the writing), text bound as UTF-8 without an intermediate copy; <see cref="Complete"/> writes what is left.
    /// The values stored are the ones Microsoft.Data.Sqlite would store for the same .NET values.
    /// </summary>
    private sealed class Sink : ITableSink
    {
        private const int MaxParameters = 960;
        private const int MaxRows = 64;

        private readonly SqliteStoreSession _session;
        private readonly sqlite3 _db;
        private readonly string _table;
        private readonly string[] _columns;
        private readonly int _batch;
        private readonly object?[] _values;
        private byte[] _utf8 = new byte[4096];
        private int _rows;
        private sqlite3_stmt? _insert;

        public Sink(SqliteStoreSession session, string table, string[] columns)
        {
            _session = session;
            _db = ((SqliteConnection)session.Connection).Handle ?? throw new InvalidOperationException("the SQLite connection is not open");
            _table = table;
            _columns = columns;
            _batch = Math.Clamp(MaxParameters / columns.Length, 1, MaxRows);
            _values = new object?[_batch * columns.Length];
        }

        public void Write(params object?[] values)
        {
            if (values.Length != _columns.Length)
            {
                throw new ArgumentException($"{_table}: {values.Length} values for {_columns.Length} columns", nameof(values));
            }

            Array.Copy(values, 0, _values, _rows * _columns.Length, values.Length);
            if (++_rows == _batch)
            {
                _insert ??= Prepare(_batch);
                Execute(_insert, _batch);
            }
        }

        public void Complete()
        {
            if (_rows > 0)
            {
                using var rest = Prepare(_rows);
                Execute(rest, _rows);
            }
        }

        public void Dispose() => _insert?.Dispose();

        private sqlite3_stmt Prepare(int rows)
        {
            var sql = new StringBuilder($"INSERT INTO {_table} ({string.Join(", ", _columns)}) VALUES ");
            var row = $"({string.Join(", ", Enumerable.Repeat("?", _columns.Length))})";
            for (var i = 0; i < rows; i++)
            {
                sql.Append(i == 0 ? string.Empty : ", ").Append(row);
            }

            Check(raw.sqlite3_prepare_v2(_db, sql.ToString(), out var statement), "preparing");
            return statement;
        }

        private void Execute(sqlite3_stmt statement, int rows)
        {
            for (var i = 0; i < rows * _columns.Length; i++)
            {
                Check(Bind(statement, i + 1, _values[i]), "binding");
            }

            var done = raw.sqlite3_step(statement);
            // The message belongs to the most recent call, so it is read before the statement is reset.
            var failure = done == raw.SQLITE_DONE ? null : raw.sqlite3_errmsg(_db).utf8_to_string();
            raw.sqlite3_reset(statement);
            raw.sqlite3_clear_bindings(statement);
            Array.Clear(_values);
            _rows = 0;
            if (failure is not null)
            {
                throw new SqliteException($"SQLite Error {done}: writing rows of {_table}: {failure}", done);
            }
        }

        private int Bind(sqlite3_stmt statement, int index, object? value) => value switch
        {
            null or DBNull => raw.sqlite3_bind_null(statement, index),
            string text => BindText(statement, index, StoredText(text)),
            Utf8Text utf8 => Text(statement, index, utf8.Bytes.AsSpan()),
            long number => raw.sqlite3_bind_int64(statement, index, number),
            int number => raw.sqlite3_bind_int64(statement, index, number),
            bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1L : 0L),
            double number when double.IsNaN(number) => throw new InvalidOperationException($"{_table}: NaN cannot be stored"),
            double number => raw.sqlite3_bind_double(statement, index, number),
            DateTime date => BindText(statement, index, date.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)),
            _ => throw new InvalidOperationException($"{_table}: no SQLite mapping for {value.GetType().Name}"),
        };

        /// <summary>Binds .NET text as UTF-8 through one reused buffer (SQLite copies it).</summary>
        private int BindText(sqlite3_stmt statement, int index, string text)
        {
            var most = Encoding.UTF8.GetMaxByteCount(text.Length);
            if (most > _utf8.Length)
            {
                _utf8 = new byte[Math.Max(most, _utf8.Length * 2)];
            }

            var length = Encoding.UTF8.GetBytes(text, _utf8);
            return Text(statement, index, _utf8.AsSpan(0, length));
        }

        /// <summary>An empty span would be bound as NULL (its pointer is null), so empty text goes the string way.</summary>
        private static int Text(sqlite3_stmt statement, int index, ReadOnlySpan<byte> utf8) =>
            utf8.IsEmpty ? raw.sqlite3_bind_text(statement, index, string.Empty) : raw.sqlite3_bind_text(statement, index, utf8);

        private void Check(int code, string what)
        {
            if (code != raw.SQLITE_OK)
            {
                throw new SqliteException($"SQLite Error {code}: {what} rows of {_table}: {raw.sqlite3_errmsg(_db).utf8_to_string()}", code);
            }
        }
    }
}
