using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Steward.Testing;

namespace Steward.Web.Tests.Accounts;

/// <summary>
/// A browser-like client: keeps cookies (over https, since session cookies are Secure), does not follow redirects,
/// and posts forms with the anti-forgery token the page carried.
/// </summary>
internal sealed class SignedInClient(PortalFactory portal) : IDisposable
{
    public HttpClient Http { get; } = portal.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

    public async Task<(HttpResponseMessage Response, IDocument Page)> GetAsync(string path)
    {
        var response = await Http.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return (response, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    /// <summary>Opens <paramref name="path"/>, fills its form (the one posting to <paramref name="handler"/>, if given) and posts it.</summary>
    public async Task<(HttpResponseMessage Response, IDocument Page)> SubmitAsync(string path, Dictionary<string, string> fields, string? handler = null)
    {
        var (_, page) = await GetAsync(path);
        var form = page.QuerySelectorAll("form[method=post]").FirstOrDefault(f => handler is null || (f.GetAttribute("action") ?? string.Empty).Contains($"handler={handler}", StringComparison.Ordinal))
                   ?? throw new InvalidOperationException($"{path} has no form{(handler is null ? string.Empty : $" for {handler}")}: {page.QuerySelector("h1")?.TextContent}");
        var values = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? string.Empty, StringComparer.Ordinal);
        foreach (var (key, value) in fields)
        {
            values[key] = value;
        }

        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : path;
        return await PostAsync(action, values);
    }

    public async Task<(HttpResponseMessage Response, IDocument Page)> PostAsync(string path, Dictionary<string, string> values)
    {
        using var content = new FormUrlEncodedContent(values);
        var response = await Http.PostAsync(new Uri(path, UriKind.Relative), content, TestContext.Current.CancellationToken);
        return (response, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    public static string Location(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther, $"expected a redirect, got {(int)response.StatusCode}");
        var location = response.Headers.Location!;
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    /// <summary>Opens <paramref name="path"/> for its anti-forgery token, then posts a multipart form with one file to <paramref name="postTo"/>.</summary>
    public async Task<(HttpResponseMessage Response, IDocument Page)> UploadAsync(string path, string postTo, Dictionary<string, string[]> fields, string fileField, string fileName, byte[] bytes)
    {
        var (_, page) = await GetAsync(path);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? throw new InvalidOperationException($"{path} has no anti-forgery token");
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (key, values) in fields)
        {
            foreach (var value in values)
            {
                content.Add(new StringContent(value), key);
            }
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        content.Add(file, fileField, fileName);
        var response = await Http.PostAsync(new Uri(postTo, UriKind.Relative), content, TestContext.Current.CancellationToken);
        return (response, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    /// <summary>Opens <paramref name="path"/> and posts its (only) form to <paramref name="postTo"/>, as a button's formaction does.</summary>
    public async Task<(HttpResponseMessage Response, IDocument Page)> SubmitToAsync(string path, string postTo, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var (_, page) = await GetAsync(path);
        var token = page.QuerySelector("form[method=post] input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? throw new InvalidOperationException($"{path} has no form");
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields]);
        var response = await Http.PostAsync(new Uri(postTo, UriKind.Relative), content, TestContext.Current.CancellationToken);
        return (response, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    /// <summary>Accepts an invitation as a new person and sets up their authenticator; returns the key.</summary>
    public async Task<string> JoinWithSecondFactorAsync(string token, string email, string password = "correct horse battery staple")
    {
        var (created, _) = await SubmitAsync($"/invitations/accept?token={token}", new() { ["Email"] = email, ["Password"] = password }, "Create");
        Assert.Equal("/account/two-factor", Location(created));
        var (_, setup) = await GetAsync("/account/two-factor");
        var key = setup.QuerySelector("#shared-key")!.TextContent;
        var (enabled, done) = await SubmitAsync("/account/two-factor", new() { ["Code"] = Totp.Code(key, TimeProvider.System.GetUtcNow()) });
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Equal(10, done.QuerySelectorAll("#recovery-codes li").Length);
        return key;
    }

    public void Dispose() => Http.Dispose();
}
