using System.Net;

namespace Steward.Web.Tests;

/// <summary>
/// Codes in words (issue 16): a CPV division or a region shows its name with the code on a second line, its filter
/// offers the names, and the download keeps the code with the words in a column after it.
/// </summary>
public sealed class ReadableCodesTests(DemoPortal portal)
{
    private readonly HttpClient _client = portal.CreateClient();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MarketsList_ShowsDivisionsAndRegionsInWords_WithTheCodeOnASecondLine()
    {
        var html = await _client.GetStringAsync(new Uri("/markets", UriKind.Relative), Cancel);

        Assert.Contains(">Construction work</a>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"steward-code\">45</span>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"UKI\">London (UKI)</option>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarketsCsv_KeepsTheCodes_WithTheWordsAfterThem()
    {
        var response = await _client.GetAsync(new Uri("/tables/markets.csv", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync(Cancel)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("cpv,cpvInWords,region,regionInWords,year,", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("45,Construction work,UKI,London,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SearchResults_NameTheMainCpvByItsDivision()
    {
        var html = await _client.GetStringAsync(new Uri("/search?q=services", UriKind.Relative), Cancel);

        Assert.Matches("<td class=\"govuk-table__cell\">\\s*in [A-Z][^<]+\\s*<span class=\"steward-code\">\\d{8}</span>", html);
    }
}
