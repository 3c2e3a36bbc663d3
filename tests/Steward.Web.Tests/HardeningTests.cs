using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;
using Steward.Data.Ingest;
using Steward.Testing;

namespace Steward.Web.Tests;

/// <summary>
/// What an attack run found in the portal (issue 17): bodies over the limit or not text, TRACE and HEAD, Kestrel's
/// own refusals, rate-limited pages, package URIs and downloads.
/// </summary>
public sealed class HardeningTests
{
    private const string Ocid = "ocds-test00-hard-1";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/api/register/classify")]
    [InlineData("/api/register/costs")]
    public async Task Post_BodyOverTheLimit_Answers413WithoutAStackTraceInTheLog(string path)
    {
        // Arrange
        var log = new LogCollector();
        using var portal = Portal(log);
        using var client = new HttpClient { BaseAddress = PortalListener.Listen(portal) };
        using var body = new StringContent($"{{\"name\":\"{new string('x', 200 * 1024)}\"}}", Encoding.UTF8, "application/json");

        // Act
        var response = await client.PostAsync(new Uri(path, UriKind.Relative), body, Cancel);

        // Assert
        Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, string.Join("\n", log.Entries.Where(e => e.Exception is not null).Select(e => e.Exception!.ToString()[..Math.Min(1500, e.Exception!.ToString().Length)])));
        Assert.DoesNotContain(log.Entries, e => e.Exception is not null);
        Assert.DoesNotContain(log.Entries, e => e.Level >= LogLevel.Error);
    }

    [Theory]
    [InlineData("/api/register/classify", "{\"name\":\"Caf\\ud800\"}")]
    [InlineData("/api/register/costs", "{\"template\":{\"\\udc00\":1}}")]
    public async Task Post_LoneSurrogate_Answers400NamingIt(string path, string json)
    {
        // Arrange
        var log = new LogCollector();
        using var portal = Portal(log);
        var client = portal.CreateClient();
        using var body = new StringContent(json, Encoding.UTF8, "application/json");

        // Act
        var response = await client.PostAsync(new Uri(path, UriKind.Relative), body, Cancel);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("surrogate", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.DoesNotContain(log.Entries, e => e.Exception is not null);
    }

    [Theory]
    [InlineData("/api/register/classify")]
    [InlineData("/api/register/costs")]
    public async Task Post_BytesThatAreNotUtf8_Answer400(string path)
    {
        // Arrange
        using var portal = Portal();
        var client = portal.CreateClient();
        using var body = new ByteArrayContent([.. "{\"name\":\"caf"u8, 0xE9, .. "\"}"u8]);
        body.Headers.ContentType = new("application/json");

        // Act
        var response = await client.PostAsync(new Uri(path, UriKind.Relative), body, Cancel);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("UTF-8", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=x")]
    [InlineData($"/processes/{Ocid}")]
    [InlineData("/api/store")]
    public async Task Trace_AnyPath_Answers405(string path)
    {
        // Arrange
        using var portal = Portal();
        var client = portal.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Trace, path);

        // Act
        var response = await client.SendAsync(request, Cancel);

        // Assert
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/store")]
    [InlineData($"/api/processes/{Ocid}")]
    [InlineData($"/api/processes/{Ocid}/ocds")]
    [InlineData("/tables/buyers.csv")]
    public async Task Head_ApiAndDownloads_AnswerAsGetWithoutABody(string path)
    {
        // Arrange
        using var portal = Portal();
        using var client = new HttpClient { BaseAddress = PortalListener.Listen(portal) };
        using var request = new HttpRequestMessage(HttpMethod.Head, path);

        // Act
        var response = await client.SendAsync(request, Cancel);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData("GET / HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n", "400")]
    [InlineData("GET /search?q={0} HTTP/1.1\r\nHost: x\r\n\r\n", "414")]
    [InlineData("GET / HTTP/1.1\r\nHost: x\r\nX-Padding: {0}\r\n\r\n", "431")]
    public async Task KestrelRefusal_CarriesTheSecurityHeaders(string request, string status)
    {
        // Arrange
        using var portal = Portal();
        var address = PortalListener.Listen(portal);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port, Cancel);
        var stream = tcp.GetStream();

        // Act
        await stream.WriteAsync(Encoding.ASCII.GetBytes(string.Format(System.Globalization.CultureInfo.InvariantCulture, request, new string('a', 40 * 1024))), Cancel);
        var answer = await ReadHead(stream);

        // Assert
        Assert.StartsWith($"HTTP/1.1 {status}", answer, StringComparison.Ordinal);
        Assert.Contains("X-Content-Type-Options: nosniff", answer, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Content-Security-Policy: default-src 'self'", answer, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("X-Frame-Options: DENY", answer, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TooManyRequests_OnAPage_AnswerAPageNotJson()
    {
        // Arrange
        using var portal = Portal(settings: new() { ["Steward:RequestsPerMinute"] = "1" });
        var client = portal.CreateClient();
        await client.GetAsync(new Uri("/search?q=a", UriKind.Relative), Cancel);

        // Act
        var refused = await client.GetAsync(new Uri("/search?q=b", UriKind.Relative), Cancel);

        // Assert
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Too many requests", await refused.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal("60", refused.Headers.GetValues("Retry-After").Single());
    }

    [Fact]
    public async Task OcdsPackage_UriIsThePublicUrl_NeverTheHostHeader()
    {
        // Arrange
        using var portal = Portal(settings: new() { ["Steward:PublicUrl"] = "https://steward.example.gov.uk" });
        var client = portal.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/processes/{Ocid}/ocds");
        request.Headers.Host = "attacker.example";

        // Act
        var response = await client.SendAsync(request, Cancel);
        var search = await client.GetStringAsync(new Uri("/api/search/ocds?q=hardening", UriKind.Relative), Cancel);

        // Assert
        var json = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Equal($"https://steward.example.gov.uk/api/processes/{Ocid}/ocds", (string?)System.Text.Json.Nodes.JsonNode.Parse(json)!["uri"]);
        Assert.DoesNotContain("attacker.example", json, StringComparison.Ordinal);
        Assert.Equal("https://steward.example.gov.uk/api/search/ocds?q=hardening", (string?)System.Text.Json.Nodes.JsonNode.Parse(search)!["uri"]);
    }

    [Theory]
    [InlineData($"/api/processes/{Ocid}/ocds")]
    [InlineData("/api/search/ocds?q=hardening")]
    public async Task OcdsDownloads_AreStreamedNotBuffered(string path)
    {
        // Arrange: a buffered answer has its length first; a streamed one is sent in chunks as it is written.
        using var portal = Portal();
        using var client = new HttpClient { BaseAddress = PortalListener.Listen(portal) };

        // Act
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, Cancel);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.TransferEncodingChunked, "the download is sent in chunks as it is written");
        Assert.Null(response.Content.Headers.ContentLength);
        Assert.Contains(Ocid, await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    private static async Task<string> ReadHead(NetworkStream stream)
    {
        var buffer = new byte[16 * 1024];
        var text = new StringBuilder();
        while (!text.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, Cancel);
            if (read == 0)
            {
                break;
            }

            text.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        return text.ToString();
    }

    private static PortalFactory Portal(LogCollector? log = null, Dictionary<string, string?>? settings = null)
    {
        var database = TestDatabase.Sqlite();
        using (var importer = StewardImporter.Open(database.Target, TimeProvider.System))
        {
            importer.Import(new MemoryStream(Encoding.UTF8.GetBytes(
                $$$"""{"ocid":"{{{Ocid}}}","id":"1","date":"2025-02-03T10:00:00Z","tag":["tender"],"tender":{"id":"t","title":"Hardening works"}}""")), "hard.json");
        }

        var all = new Dictionary<string, string?>(settings ?? [], StringComparer.Ordinal) { ["Steward:DemoReleases"] = "0" };
        var portal = new PortalFactory(database, all) { Log = log };
        return portal;
    }

    /// <summary>Every log entry the portal writes, to check what it logs.</summary>
    internal sealed class LogCollector : ILoggerProvider
    {
        public ConcurrentBag<(LogLevel Level, string Message, Exception? Exception)> Entries { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(LogCollector owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Entries.Add((logLevel, formatter(state, exception), exception));
        }
    }
}
