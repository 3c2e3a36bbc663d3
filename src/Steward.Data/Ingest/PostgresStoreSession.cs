using Npgsql;

namespace Steward.Data.Ingest;

/// <summary>PostgreSQL: binary COPY, the fastest way PostgreSQL takes many rows.</summary>
internal sealed class PostgresStoreSession(NpgsqlConnection connection) : StoreSession(connection)
{
    private readonly NpgsqlConnection _connection = connection;

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

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
