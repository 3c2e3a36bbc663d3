using System.Text.Json;

namespace Steward.Ocds.Validation;

/// <summary>
/// Fills a <see cref="SchemaFolder"/> from the official URLs: the OCDS 1.1.5 schemas and codelists from
/// standard.open-contracting.org, and each extension from the URL of its <c>extension.json</c> (with the schemas
/// and codelists it lists beside it). Each piece is downloaded once; files are moved into place only when whole.
/// </summary>
public sealed class SchemaDownloader(HttpClient http, Uri? coreBase = null)
{
    /// <summary>Where the OCDS 1.1.5 schema is published.</summary>
    public static readonly Uri OfficialCore = new("https://standard.open-contracting.org/schema/1__1__5/");

    private static readonly string[] CoreSchemas = ["release-schema.json", "release-package-schema.json", "record-package-schema.json"];

    private readonly Uri _coreBase = coreBase ?? OfficialCore;

    /// <summary>Downloads the core schemas and every codelist the release schema names.</summary>
    /// <exception cref="HttpRequestException">A download failed.</exception>
    public async Task DownloadCoreAsync(SchemaFolder folder, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var staging = Staging(folder.Core);
        try
        {
            foreach (var name in CoreSchemas)
            {
                await FetchAsync(new Uri(_coreBase, name), Path.Combine(staging, name), cancellation);
            }

            using var release = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(staging, "release-schema.json"), cancellation));
            Directory.CreateDirectory(Path.Combine(staging, "codelists"));
            foreach (var codelist in CodelistNames(release.RootElement))
            {
                await FetchAsync(new Uri(_coreBase, $"codelists/{codelist}"), Path.Combine(staging, "codelists", codelist), cancellation);
            }

            Publish(staging, folder.Core);
        }
        finally
        {
            DeleteQuietly(staging);
        }
    }

    /// <summary>Downloads one extension: its extension.json, the schemas and the codelists it lists.</summary>
    /// <exception cref="HttpRequestException">A download failed.</exception>
    public async Task DownloadExtensionAsync(SchemaFolder folder, string url, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var target = folder.Extension(url);
        var staging = Staging(target);
        try
        {
            var extensionUri = new Uri(url);
            var metadataPath = Path.Combine(staging, "extension.json");
            await FetchAsync(extensionUri, metadataPath, cancellation);
            using var metadata = JsonDocument.Parse(await File.ReadAllBytesAsync(metadataPath, cancellation));
            foreach (var schema in Strings(metadata.RootElement, "schemas"))
            {
                await FetchAsync(new Uri(extensionUri, schema), Path.Combine(staging, Path.GetFileName(schema)), cancellation);
            }

            var codelists = Strings(metadata.RootElement, "codelists").ToList();
            if (codelists.Count > 0)
            {
                Directory.CreateDirectory(Path.Combine(staging, "codelists"));
            }

            foreach (var codelist in codelists)
            {
                await FetchAsync(new Uri(extensionUri, $"codelists/{codelist}"), Path.Combine(staging, "codelists", Path.GetFileName(codelist)), cancellation);
            }

            await File.WriteAllTextAsync(Path.Combine(staging, "source.txt"), url + "\n", cancellation);
            Publish(staging, target);
        }
        finally
        {
            DeleteQuietly(staging);
        }
    }

    /// <summary>Every <c>codelist</c> file name the schema mentions.</summary>
    public static SortedSet<string> CodelistNames(JsonElement schema)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        Collect(schema);
        return names;

        void Collect(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        if (property.Name == "codelist" && property.Value.ValueKind == JsonValueKind.String)
                        {
                            names.Add(property.Value.GetString()!);
                        }
                        else
                        {
                            Collect(property.Value);
                        }
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Collect(item);
                    }

                    break;
                default:
                    break;
            }
        }
    }

    private async Task FetchAsync(Uri uri, string path, CancellationToken cancellation)
    {
        using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellation);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{uri} answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var file = File.Create(path);
        await response.Content.CopyToAsync(file, cancellation);
    }

    private static List<string> Strings(JsonElement metadata, string name) =>
        metadata.TryGetProperty(name, out var values) && values.ValueKind == JsonValueKind.Array
            ? values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
            : [];

    private static string Staging(string target)
    {
        var staging = $"{target}.downloading-{Environment.ProcessId}-{Path.GetRandomFileName()}";
        Directory.CreateDirectory(staging);
        return staging;
    }

    private static void Publish(string staging, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (Directory.Exists(target))
        {
            return; // another process got there first
        }

        Directory.Move(staging, target);
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover staging folder is harmless.
        }
    }
}
