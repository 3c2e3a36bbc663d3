using System.Text.Json;
using Steward.Ocds;

namespace Steward.Data.Portal;

/// <summary>
/// OCDS out of the store: a process as a record package (its releases and compiled release), and a list of
/// processes as a release package of their compiled releases. Officials' contact details are never written. Both
/// are written as they are read, a release at a time, and flushed as they go: memory holds one release, never the
/// package.
/// </summary>
public static class OcdsPackages
{
    /// <summary>The publisher named in packages the portal writes.</summary>
    public const string Publisher = "Steward (republished from the original publishers' OCDS)";

    /// <summary>Bytes written before the writer hands them on to the output.</summary>
    private const int FlushBytes = 64 * 1024;

    /// <summary>True when the store has a compiled record for <paramref name="ocid"/>.</summary>
    public static async Task<bool> ExistsAsync(DatabaseTarget target, string ocid, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        DatabaseMigrator.EnsureReady(target);
        return await DatabaseMigrator.GuardAsync(target, async () =>
        {
            await using var connection = await StoreQuery.OpenAsync(target, cancellation).ConfigureAwait(false);
            return await StoreQuery.ScalarAsync(connection, "SELECT 1 FROM records WHERE ocid = @ocid", StoreQuery.With(("@ocid", ocid)), cancellation)
                .ConfigureAwait(false) is not null;
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes the record package of <paramref name="ocid"/>, without holding a thread while the store reads or the
    /// client receives; false (nothing written) when the store has no such process.
    /// </summary>
    public static async Task<bool> WriteRecordPackageAsync(DatabaseTarget target, string ocid, Uri uri, DateTimeOffset published, Stream output,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(output);
        DatabaseMigrator.EnsureReady(target);
        return await DatabaseMigrator.GuardAsync(target, async () =>
        {
            await using var connection = await StoreQuery.OpenAsync(target, cancellation).ConfigureAwait(false);
            var key = StoreQuery.With(("@ocid", ocid));
            var compiled = (await StoreQuery.ListAsync(connection, "SELECT compiled FROM records WHERE ocid = @ocid", key, r => r.GetString(0), cancellation)
                .ConfigureAwait(false)).FirstOrDefault();
            if (compiled is null)
            {
                return false;
            }

            await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
            Header(writer, uri, published);
            writer.WriteStartArray("records");
            writer.WriteStartObject();
            writer.WriteString("ocid", ocid);
            writer.WriteStartArray("releases");
            await EachAsync(connection, "SELECT json FROM releases WHERE ocid = @ocid ORDER BY date, id", key, writer, cancellation).ConfigureAwait(false);
            writer.WriteEndArray();
            writer.WritePropertyName("compiledRelease");
            await WriteAsync(writer, compiled, cancellation).ConfigureAwait(false);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
            await writer.FlushAsync(cancellation).ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes a release package of the compiled releases of <paramref name="ocids"/>, in that order, without holding a
    /// thread while the store reads or the client receives.
    /// </summary>
    public static async Task WriteReleasePackageAsync(DatabaseTarget target, IReadOnlyList<string> ocids, Uri uri, DateTimeOffset published, Stream output,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(ocids);
        ArgumentNullException.ThrowIfNull(output);
        DatabaseMigrator.EnsureReady(target);
        await DatabaseMigrator.GuardAsync(target, async () =>
        {
            await using var connection = await StoreQuery.OpenAsync(target, cancellation).ConfigureAwait(false);
            await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
            Header(writer, uri, published);
            writer.WriteStartArray("releases");
            foreach (var ocid in ocids)
            {
                await EachAsync(connection, "SELECT compiled FROM records WHERE ocid = @ocid", StoreQuery.With(("@ocid", ocid)), writer, cancellation).ConfigureAwait(false);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            await writer.FlushAsync(cancellation).ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);
    }

    /// <summary>Writes the JSON in the first column of each row as it is read, holding one row at a time.</summary>
    private static async Task EachAsync(System.Data.Common.DbConnection connection, string sql, IReadOnlyDictionary<string, object?> parameters, Utf8JsonWriter writer,
        CancellationToken cancellation)
    {
        await using var command = StoreQuery.Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellation).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellation).ConfigureAwait(false))
        {
            await WriteAsync(writer, reader.GetString(0), cancellation).ConfigureAwait(false);
        }
    }

    private static void Header(Utf8JsonWriter writer, Uri uri, DateTimeOffset published)
    {
        writer.WriteStartObject();
        writer.WriteString("uri", uri.ToString());
        writer.WriteString("version", "1.1");
        writer.WriteString("publishedDate", published.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteStartObject("publisher");
        writer.WriteString("name", Publisher);
        writer.WriteEndObject();
        writer.WriteString("license", "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");
        writer.WriteString("publicationPolicy", "Officials' names, e-mails and telephone numbers are left out (the Open Government Licence does not cover personal data).");
    }

    /// <summary>Stored JSON is already without personal data; it is redacted again on the way out all the same.</summary>
    private static async Task WriteAsync(Utf8JsonWriter writer, string json, CancellationToken cancellation)
    {
        using (var document = JsonDocument.Parse(json))
        {
            PersonalData.WriteRedacted(writer, document.RootElement);
        }

        if (writer.BytesPending > FlushBytes)
        {
            await writer.FlushAsync(cancellation).ConfigureAwait(false);
        }
    }
}
