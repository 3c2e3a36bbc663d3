using Steward.Ocds.Reading;
using Steward.Ocds.Validation;
using Steward.Testing;

namespace Steward.Ocds.Tests.Validation;

/// <summary>The schema cache, filled over real HTTP from a local server that serves ../shared/data/schema.</summary>
public sealed class SchemaDownloadTests
{
    private static LocalHttpServer ServeSchemaFolder(string schemaFolder) => new(path =>
    {
        // /core/... → ocds-1.1.5/...; /ext/<name>/... → extensions/<name>/...
        var relative = path.StartsWith("/core/", StringComparison.Ordinal)
            ? Path.Combine("ocds-1.1.5", path["/core/".Length..])
            : path.StartsWith("/ext/", StringComparison.Ordinal) ? Path.Combine("extensions", path["/ext/".Length..]) : null;
        var file = relative is null ? null : Path.Combine(schemaFolder, relative);
        return file is not null && File.Exists(file) ? (200, File.ReadAllBytes(file)) : (404, "not found"u8.ToArray());
    });

    [Fact]
    public async Task GetAsync_EmptyCache_DownloadsOnceThenReusesTheCache()
    {
        // Arrange
        using var server = ServeSchemaFolder(SharedData.SchemaFolder);
        using var cache = new TempFolder();
        using var http = new HttpClient();
        var downloader = new SchemaDownloader(http, new Uri(server.BaseUri, "core/"));
        var extension = new Uri(server.BaseUri, "ext/bid/extension.json").ToString();

        // Act
        var first = await new SchemaProvider(new SchemaFolder(cache.Path), downloader).GetAsync([extension], TestContext.Current.CancellationToken);
        var requestsAfterFirst = server.Requests;
        var second = await new SchemaProvider(new SchemaFolder(cache.Path), downloader).GetAsync([extension], TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal([extension], first.Extensions);
        Assert.Empty(first.Unavailable);
        Assert.Contains("bids", first.Codelists["statistic.csv"]);
        Assert.Contains("buyer", first.Codelists["partyRole.csv"]);
        Assert.True(requestsAfterFirst > 20, $"the core schemas, codelists and the extension were fetched ({requestsAfterFirst} requests)");
        Assert.Equal(requestsAfterFirst, server.Requests);
        Assert.Equal(first.Extensions, second.Extensions);
    }

    [Fact]
    public async Task GetAsync_ExtensionThatCannotBeDownloaded_IsReportedNotFatal()
    {
        // Arrange
        using var server = ServeSchemaFolder(SharedData.SchemaFolder);
        using var cache = new TempFolder();
        using var http = new HttpClient();
        var provider = new SchemaProvider(new SchemaFolder(cache.Path), new SchemaDownloader(http, new Uri(server.BaseUri, "core/")));
        var missing = new Uri(server.BaseUri, "ext/nowhere/extension.json").ToString();

        // Act
        var schema = await provider.GetAsync([missing], TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal([missing], schema.Unavailable);
        Assert.Contains("404", provider.Failures[missing], StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_NoCoreSchemaAndNoServer_SaysHowToFixIt()
    {
        // Arrange
        using var cache = new TempFolder();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var provider = new SchemaProvider(new SchemaFolder(cache.Path), new SchemaDownloader(http, new Uri("http://127.0.0.1:9/")));

        // Act
        var error = await Assert.ThrowsAsync<SchemaUnavailableException>(() => provider.GetAsync([], TestContext.Current.CancellationToken));

        // Assert
        Assert.Contains("--schema", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(new SchemaFolder(cache.Path).Core));
    }

    [Fact]
    public async Task Validate_WithDownloadedSchema_GivesTheSameResultAsTheLocalFolder()
    {
        // Arrange
        var file = SharedData.Ocds("fts/fts_2021-07_to_2021-09_PCR2015_tender-releases_part-A.json");
        using var server = ServeSchemaFolder(SharedData.SchemaFolder);
        using var cache = new TempFolder();
        using var http = new HttpClient();
        var downloaded = new SchemaProvider(new SchemaFolder(cache.Path), new SchemaDownloader(http, new Uri(server.BaseUri, "core/")));
        var local = new SchemaProvider(new SchemaFolder(SharedData.SchemaFolder));

        // Act
        var viaDownload = await Count(downloaded, file);
        var viaFolder = await Count(local, file);

        // Assert
        Assert.Equal(viaFolder.Errors, viaDownload.Errors);
        Assert.Equal(0, viaDownload.Errors);
    }

    private static async Task<ValidationCounts> Count(SchemaProvider schemas, string file)
    {
        using var reader = OcdsReader.Open(file);
        return await new OcdsValidator(schemas).ValidateAsync(reader, _ => { }, TestContext.Current.CancellationToken);
    }
}
