using Npgsql;

namespace Steward.Data.Ingest;

/// <summary>PostgreSQL: binary COPY, the fastest way PostgreSQL takes many rows.</summary>
internal sealed class PostgresStoreSession(NpgsqlConnection connection) : StoreSession(connection)
{
    private readonly NpgsqlConnection _connection = connection;

    private bool? _lz4;

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    /// <summary>
    /// Before an import's transaction: no JIT compiling of its statements' plans, and the large values it writes
    /// (releases' and compiled records' JSON, stored figures) compressed with LZ4 rather than PostgreSQL's default pglz,
    /// which is several times slower to compress and to read back: an import of 50,000 releases 1.1-1.8 s faster
    /// (docs/performance.md). A server built without LZ4 refuses the setting, and the import goes on with pglz; a column
    /// keeps values of both kinds, readable alike.
    /// </summary>
    public override void BeginWrite()
    {
        if (_lz4 is null)
        {
            // The import's statements are many and short: compiling their plans to machine code (PostgreSQL's JIT, on by
            // default for plans it costs high, as it does a large import's before its tables are analysed) costs more
            // than it saves.
            Execute("SET jit = off");

            try
            {
                Execute("SET default_toast_compression = 'lz4'");
                _lz4 = true;
            }
            catch (PostgresException exception) when (exception.SqlState is PostgresErrorCodes.InvalidParameterValue or PostgresErrorCodes.UndefinedObject)
            {
                _lz4 = false; // no LZ4 in this server (or a server before PostgreSQL 14, without the setting)
            }
        }
    }

    public override void PrepareTemp(string table, string columns)
    {
        var types = columns.Replace(" STAMP", " TIMESTAMPTZ", StringComparison.Ordinal).Replace(" FLAG", " BOOLEAN", StringComparison.Ordinal)
            .Replace(" REAL", " DOUBLE PRECISION", StringComparison.Ordinal);
        Execute($"CREATE TEMP TABLE IF NOT EXISTS {table} ({types})");
        Execute($"TRUNCATE {table}");
    }

    public override ITableSink Open(string table, params string[] columns) =>
        new Sink(_connection.BeginBinaryImport($"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)"));

    /// <summary>One binary COPY; each value is written with the type the column has.</summary>
    private sealed class Sink(NpgsqlBinaryImporter importer) : ITableSink
    {
        private bool _completed;

        public void Write(params object?[] values)
        {
            importer.StartRow();
            foreach (var value in values)
            {
                switch (value)
                {
                    case null:
                        importer.WriteNull();
                        break;
                    case DateTime date:
                        importer.Write(DateTime.SpecifyKind(date.ToUniversalTime(), DateTimeKind.Utc), NpgsqlTypes.NpgsqlDbType.TimestampTz);
                        break;
                    case string text:
                        importer.Write(StoredText(text), NpgsqlTypes.NpgsqlDbType.Text);
                        break;
                    case Utf8Text utf8:
                        importer.Write(StoredText(utf8.ToString()), NpgsqlTypes.NpgsqlDbType.Text);
                        break;
                    case double number:
                        importer.Write(number, NpgsqlTypes.NpgsqlDbType.Double);
                        break;
                    case int number:
                        importer.Write(number, NpgsqlTypes.NpgsqlDbType.Integer);
                        break;
                    case long number:
                        importer.Write(number, NpgsqlTypes.NpgsqlDbType.Bigint);
                        break;
                    case bool flag:
                        importer.Write(flag, NpgsqlTypes.NpgsqlDbType.Boolean);
                        break;
                    default:
                        throw new InvalidOperationException($"No COPY mapping for {value.GetType().Name}.");
                }
            }
        }

        public void Complete()
        {
            if (!_completed)
            {
                importer.Complete();
                _completed = true;
            }
        }

        public void Dispose() => importer.Dispose();
    }
}
