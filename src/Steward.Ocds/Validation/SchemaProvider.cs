namespace Steward.Ocds.Validation;

/// <summary>
/// Gives the <see cref="OcdsSchema"/> for a set of extensions, from a schema folder, downloading into it what is
/// missing when a downloader is given (the cache), and building each combination once.
/// </summary>
public sealed class SchemaProvider(SchemaFolder folder, SchemaDownloader? downloader = null)
{
    private readonly Dictionary<string, OcdsSchema> _built = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _failures = new(StringComparer.Ordinal);

    public SchemaFolder Folder { get; } = folder;

    /// <summary>Why each unavailable extension could not be had, by URL.</summary>
    public IReadOnlyDictionary<string, string> Failures => _failures;

    /// <summary>The schema with <paramref name="extensionUrls"/> applied (those that can be had).</summary>
    /// <exception cref="SchemaUnavailableException">The core schema is missing and cannot be downloaded.</exception>
    public async Task<OcdsSchema> GetAsync(IReadOnlyList<string> extensionUrls, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(extensionUrls);
        var key = string.Join('\n', extensionUrls);
        if (_built.TryGetValue(key, out var schema))
        {
            return schema;
        }

        await EnsureCoreAsync(cancellation);
        var pending = new Queue<string>(extensionUrls);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var url = pending.Dequeue();
            if (!visited.Add(url))
            {
                continue;
            }

            if (!Folder.HasExtension(url) && !_failures.ContainsKey(url))
            {
                await TryDownloadAsync(url, cancellation);
            }

            // An extension's dependencies are applied before it, so they are needed too.
            foreach (var dependency in OcdsSchema.Dependencies(Folder, url))
            {
                pending.Enqueue(dependency);
            }
        }

        try
        {
            schema = await OcdsSchema.LoadAsync(Folder, extensionUrls);
        }
        catch (InvalidDataException exception)
        {
            throw new SchemaUnavailableException($"the schema in {Folder.Root} is damaged: {exception.Message}", exception);
        }

        _built[key] = schema;
        return schema;
    }

    private async Task TryDownloadAsync(string url, CancellationToken cancellation)
    {
        if (downloader is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            _failures[url] = downloader is null ? $"it is not in {Folder.Root}" : "its URL is not an http(s) URL";
            return;
        }

        try
        {
            await downloader.DownloadExtensionAsync(Folder, url, cancellation);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or TaskCanceledException or System.Text.Json.JsonException)
        {
            _failures[url] = $"it could not be downloaded ({exception.Message})";
        }
    }

    private async Task EnsureCoreAsync(CancellationToken cancellation)
    {
        if (Folder.HasCore)
        {
            return;
        }

        if (downloader is null)
        {
            throw new SchemaUnavailableException(
                $"the OCDS 1.1.5 schema is not in {Folder.Root} (it needs {SchemaFolder.CoreFolder}/release-schema.json and the package schemas)");
        }

        try
        {
            await downloader.DownloadCoreAsync(Folder, cancellation);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or TaskCanceledException or System.Text.Json.JsonException)
        {
            throw new SchemaUnavailableException(
                $"the OCDS 1.1.5 schema is not in {Folder.Root} and could not be downloaded ({exception.Message}); " +
                "pass --schema with a folder that holds it", exception);
        }
    }
}
