using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Steward.Web.Tests;

/// <summary>Fetches a page and parses it as a browser would (AngleSharp).</summary>
internal static class Html
{
    public static async Task<(HttpResponseMessage Response, IDocument Document)> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response, new HtmlParser().ParseDocument(text));
    }

    public static async Task<IDocument> PageAsync(HttpClient client, string path)
    {
        var (response, document) = await GetAsync(client, path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}: {document.QuerySelector("h1")?.TextContent}");
        return document;
    }

    /// <summary>The text of a GOV.UK summary list row, by its key.</summary>
    public static string? Summary(IDocument document, string key) =>
        document.QuerySelectorAll(".govuk-summary-list__row")
            .FirstOrDefault(r => r.QuerySelector(".govuk-summary-list__key")?.TextContent.Trim() == key)?
            .QuerySelector(".govuk-summary-list__value")?.TextContent.Trim();

    /// <summary>The links in a table's rows that go to <paramref name="prefix"/>.</summary>
    public static IReadOnlyList<string> Links(IDocument document, string prefix) =>
        document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith(prefix, StringComparison.Ordinal)).ToList();
}
