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
    public static bool Exists(DatabaseTarget target, string ocid)
    {
        ArgumentNullException.ThrowIfNull(target);
        DatabaseMigrator.EnsureReady(target);
        return DatabaseMigrator.Guard(target, () =>
        {
            using var connection = StoreQuery.Open(target);
            return StoreQuery.Scalar(connection, "SELECT 1 FROM records WHERE ocid = @ocid", StoreQuery.With(("@ocid", ocid))) is not null;
        });
    }

    /// <summary>Writes the record package of <paramref name="ocid"/>; false when the store has no such process.</summary>
    public static bool WriteRecordPackage(DatabaseTarget target, string ocid, Uri uri, DateTimeOffset published, Stream output)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(output);
        DatabaseMigrator.EnsureReady(target);
        return DatabaseMigrator.Guard(target, () =>
        {
            using var connection = StoreQuery.Open(target);
            var key = StoreQuery.With(("@ocid", ocid));
            var compiled = StoreQuery.List(connection, "SELECT compiled FROM records WHERE ocid = @ocid", key, r => r.GetString(0)).FirstOrDefault();
            if (compiled is null)
            {
                return false;
            }

            using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
            Header(writer, uri, published);
            writer.WriteStartArray("records");
            writer.WriteStartObject();
            writer.WriteString("ocid", ocid);
            writer.WriteStartArray("releases");
            StoreQuery.Each(connection, "SELECT json FROM releases WHERE ocid = @ocid ORDER BY date, id", key, r => Write(writer, r.GetString(0)));
            writer.WriteEndArray();
            writer.WritePropertyName("compiledRelease");
            Write(writer, compiled);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
            return true;
        });
    }

    /// <summary>Writes a release package of the compiled releases of <paramref name="ocids"/>, in that order.</summary>
    public static void WriteReleasePackage(DatabaseTarget target, IReadOnlyList<string> ocids, Uri uri, DateTimeOffset published, Stream output)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(ocids);
        ArgumentNullException.ThrowIfNull(output);
        DatabaseMigrator.EnsureReady(target);
        DatabaseMigrator.Guard(target, () =>
        {
            using var connection = StoreQuery.Open(target);
            using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
            Header(writer, uri, published);
            writer.WriteStartArray("releases");
            foreach (var ocid in ocids)
            {
                StoreQuery.Each(connection, "SELECT compiled FROM records WHERE ocid = @ocid", StoreQuery.With(("@ocid", ocid)), r => Write(writer, r.GetString(0)));
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            return true;
        });
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
    private static void Write(Utf8JsonWriter writer, string json)
    {
        using (var document = JsonDocument.Parse(json))
        {
            PersonalData.WriteRedacted(writer, document.RootElement);
        }

        if (writer.BytesPending > FlushBytes)
        {
            writer.Flush();
        }
    }
}
