using System.Net;
using System.Net.Http.Headers;

namespace Steward.Web.Tests;

/// <summary>Pages, API answers and downloads compressed as the browser asks, never for a request with a session's cookies; static files cached, for a year when versioned.</summary>
public sealed class CompressionTests(DemoPortal portal)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<HttpResponseMessage> GetAsync(string path, string? encoding = null, string? cookie = null)
    {
        var client = portal.CreateClient(new() { HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (encoding is not null)
        {
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        }

        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return await client.SendAsync(request, Cancel);
    }

    [Theory]
    [InlineData("/buyers", "br")]
    [InlineData("/buyers", "gzip")]
    [InlineData("/api/buyers", "br")]
    [InlineData("/tables/buyers.csv", "gzip")]
    public async Task APublicAnswer_IsCompressedAsAsked_AndSmaller(string path, string encoding)
    {
        // Act
        using var plain = await GetAsync(path);
        using var compressed = await GetAsync(path, encoding);
        var plainBytes = (await plain.Content.ReadAsByteArrayAsync(Cancel)).Length;
        var compressedBytes = (await compressed.Content.ReadAsByteArrayAsync(Cancel)).Length;

        // Assert
        Assert.Equal(HttpStatusCode.OK, compressed.StatusCode);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal([encoding], compressed.Content.Headers.ContentEncoding);
        Assert.True(compressedBytes * 2 < plainBytes, $"{path}: {compressedBytes} bytes compressed from {plainBytes}");
    }

    [Fact]
    public async Task ARequestWithASessionsCookie_IsNeverCompressed()
    {
        // Act: the cookie need not be valid for the answer to be sent plain.
        using var response = await GetAsync("/buyers", "br", ".AspNetCore.Identity.Application=anything");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task StaticFiles_AreVersionedOnPages_AndCachedForAYearWhenVersioned()
    {
        // Arrange
        var page = await Html.PageAsync(portal.CreateClient(), "/");
        var stylesheet = page.QuerySelector("link[href^='/css/steward.css']")!.GetAttribute("href")!;

        // Act
        using var versioned = await GetAsync(stylesheet);
        using var unversioned = await GetAsync("/govuk/govuk-frontend.min.js");

        // Assert
        Assert.Contains("?v=", stylesheet, StringComparison.Ordinal);
        Assert.Equal("public, max-age=31536000, immutable", versioned.Headers.CacheControl?.ToString());
        Assert.Equal("public, max-age=86400", unversioned.Headers.CacheControl?.ToString());
    }
}
