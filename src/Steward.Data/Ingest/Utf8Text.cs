namespace Steward.Data.Ingest;

/// <summary>
/// Text already encoded as UTF-8 (a release's or a compiled record's JSON), written to a text column as it is: SQLite
/// stores the bytes without a round trip through a .NET string, PostgreSQL's COPY decodes them once.
/// </summary>
internal sealed class Utf8Text(byte[] bytes)
{
    public byte[] Bytes { get; } = bytes;

    public override string ToString() => System.Text.Encoding.UTF8.GetString(Bytes);
}
