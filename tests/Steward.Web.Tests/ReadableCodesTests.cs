using System.Net;
using AngleSharp.Dom;
using Steward.Web.Tables;

namespace Steward.Web.Tests;

/// <summary>
/// Codes in words (issue 16): a CPV division, a region, a procedure, a status, a supplier's scale or a notice type
/// shows its words with the code on a second line, its filter offers the words, and the download keeps the code with
/// the words in a column after it.
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
    public async Task SearchResults_NameAFinerMainCpvAsItsPublishersDescribedIt_AndADivisionByTheVocabulary()
    {
        // Act
        var page = await Html.PageAsync(_client, "/search?q=services");
        var social = await Html.PageAsync(_client, "/search?cpv=85311000");
        var csv = await _client.GetStringAsync(new Uri("/tables/search.csv?cpv=85311000", UriKind.Relative), Cancel);

        // Assert: the demo's notices describe their codes as Find a Tender's do (e.g. 85311000).
        var cells = Column(page, "search", "Main CPV");
        Assert.NotEmpty(cells);
        Assert.Contains(Column(social, "search", "Main CPV"), c => c.QuerySelector(".steward-code")?.TextContent == "85311000" && c.FirstChild!.TextContent.Trim() == "Social work services with accommodation");
        Assert.All(cells, c => Assert.Equal(Core.Processes.CpvDivisions.Describe(c.QuerySelector(".steward-code")!.TextContent, Data.Portal.CpvNames.Read(portal.Target)), c.FirstChild!.TextContent.Trim()));
        Assert.DoesNotContain(cells, c => c.FirstChild!.TextContent.Trim().StartsWith("in ", StringComparison.Ordinal));
        Assert.Contains(",85311000,Social work services with accommodation,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchResults_ShowProcedureAndStatusInWords_AndTheFormOffersThem()
    {
        // Act
        var page = await Html.PageAsync(_client, "/search?procedure=direct&sort=newest");

        // Assert
        var procedures = Column(page, "search", "Procedure");
        Assert.NotEmpty(procedures);
        Assert.All(procedures, c => Assert.Equal("direct", c.QuerySelector(".steward-code")?.TextContent));
        Assert.All(procedures, c => Assert.StartsWith("Direct award (no competition)", c.TextContent.Trim(), StringComparison.Ordinal));
        Assert.All(Column(page, "search", "Status"), c => Assert.Equal(Core.Processes.TenderStatuses.Name(c.QuerySelector(".steward-code")!.TextContent),
            c.FirstChild!.TextContent.Trim()));
        Assert.Equal("Direct award (no competition) (direct)", page.QuerySelector("#procedure option[value=direct]")?.TextContent);
        Assert.Equal("Tender notice (UK4)", page.QuerySelector("#noticeType option[value=UK4]")?.TextContent);
        Assert.Equal("Active (tender under way) (active)", page.QuerySelector("#status option[value=active]")?.TextContent);
    }

    [Fact]
    public async Task SearchCsv_PutsUsefulColumnsFirst_AndTheWordsAfterEachCode()
    {
        // Act
        var csv = await _client.GetStringAsync(new Uri("/tables/search.csv?procedure=open", UriKind.Relative), Cancel);

        // Assert
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("title,buyerName,tenderValue,closingDate,mainCpv,mainCpvInWords,status,statusInWords,procurementMethod,procurementMethodInWords,firstPublished,currency,ocid,buyerId,description,releaseDescription",
            lines[0]);
        Assert.True(lines.Length > 1);
        Assert.All(lines.Skip(1), l => Assert.Contains(",open,Open procedure,", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SuppliersList_ShowsScalesInWords_AndItsFilterAndDownloadName_Them()
    {
        // Act
        var page = await Html.PageAsync(_client, "/suppliers");
        var csv = await _client.GetStringAsync(new Uri("/tables/suppliers.csv", UriKind.Relative), Cancel);

        // Assert
        Assert.Equal("Small or medium enterprise (SME) (sme)", page.QuerySelector("#suppliers-scale option[value=sme]")?.TextContent);
        Assert.Contains(Column(page, "suppliers", "Scale (as published)"),
            c => c.TextContent.Trim().StartsWith("Large enterprise", StringComparison.Ordinal) && c.QuerySelector(".steward-code")?.TextContent == "large");
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("name,scale,scaleInWords,vcse,", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains(",sme,Small or medium enterprise (SME),", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProcessPage_ShowsNoticeTypesStatusesAndScalesInWords_WithTheirCodes()
    {
        // Arrange: a process with a tender notice and an award.
        var search = await Html.PageAsync(_client, "/search?noticeType=UK6&sort=newest");
        var ocid = Uri.UnescapeDataString(search.QuerySelector("#table-search tbody a[href^='/processes/']")!.GetAttribute("href")!["/processes/".Length..]);

        // Act
        var page = await Html.PageAsync(_client, Links.Process(ocid));
        var csv = await _client.GetStringAsync(new Uri($"/tables/process-awards.csv?id={Uri.EscapeDataString(ocid)}", UriKind.Relative), Cancel);

        // Assert
        var notices = page.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")?.TextContent == "Notices").QuerySelectorAll("tbody tr td:first-child");
        Assert.Contains(notices, c => c.FirstChild!.TextContent.Trim() == "Contract award notice" && c.QuerySelector(".steward-code")?.TextContent == "UK6");
        var tenderStatus = page.QuerySelectorAll(".govuk-summary-list__row").Single(r => r.QuerySelector("dt")?.TextContent == "Status").QuerySelector("dd")!;
        Assert.Equal(Core.Processes.TenderStatuses.Name(tenderStatus.QuerySelector(".steward-code")?.TextContent), tenderStatus.FirstChild!.TextContent.Trim());
        Assert.Matches("^(Open procedure|Selective procedure|Limited|Direct award)", Html.Summary(page, "Procedure")!);
        var cpv = page.QuerySelectorAll(".govuk-summary-list__row").Single(r => r.QuerySelector("dt")?.TextContent == "Main CPV code").QuerySelector("dd")!;
        var code = cpv.QuerySelector(".steward-code")!.TextContent;
        Assert.Equal(Core.Processes.CpvDivisions.Describe(code, Data.Portal.CpvNames.Read(portal.Target)), cpv.FirstChild!.TextContent.Trim());
        Assert.False(cpv.FirstChild!.TextContent.Trim().StartsWith("in ", StringComparison.Ordinal), "every demo code is described"); // not named by its division
        var status = Column(page, "process-awards", "Status").First();
        Assert.Equal(Core.Processes.AwardStatuses.Name(status.QuerySelector(".steward-code")!.TextContent), status.FirstChild!.TextContent.Trim());
        Assert.StartsWith("supplierName,value,currency,date,status,statusInWords,scale,scaleInWords,vcse,awardId,supplierId", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void ToReportTable_AColumnWithWords_GetsItsWordsColumnRightAfterIt()
    {
        // Arrange
        var table = new PortalTable("t", "Test", [new("Name", "name"), new("Procedure", "procurementMethod") { Words = CodeWords.Procedure }, new("Value", "value", ColumnFormat.Money)],
            [["A", "limited", 1.0], ["B", "negotiated", 2.0], ["C", null, null]]);

        // Act
        var report = table.ToReportTable();

        // Assert
        Assert.Equal(["name", "procurementMethod", "procurementMethodInWords", "value"], report.Columns);
        var rows = report.Rows.ToList();
        Assert.Equal(["A", "limited", "Limited (direct award)", 1.0], rows[0]);
        Assert.Equal(["B", "negotiated", null, 2.0], rows[1]);
        Assert.Equal(["C", null, null, null], rows[2]);
    }

    [Theory]
    [InlineData("GB-PPON-ABCD-1234-EFGH", "GB-PPON-ABCD-1234-EFGH")]
    [InlineData("ocds-b5fd17-2f8c4e1a-77d1-4c53-9a0b-5b1f9e07a1b2", "ocds-b5fd17-…b1f9e07a1b2")]
    [InlineData("name:westbrook borough council|ab1 2cd", "name:westbro…cil|ab1 2cd")]
    public void ShortIdentifier_CutsALongIdentifierInTheMiddle(string id, string expected)
    {
        // Act
        var shown = CellFormat.ShortIdentifier(id);

        // Assert
        Assert.Equal(expected, shown);
        Assert.True(shown.Length <= CellFormat.IdentifierLength);
    }

    /// <summary>The cells of a table's column, found by its heading.</summary>
    private static List<IElement> Column(IDocument page, string table, string heading)
    {
        var headings = page.QuerySelectorAll($"#table-{table} thead th").Select(h => h.TextContent.Trim()).ToList();
        var index = headings.FindIndex(h => h == heading || h.StartsWith(heading + ",", StringComparison.Ordinal));
        Assert.True(index >= 0, $"no column {heading} in {string.Join(" | ", headings)}");
        return [.. page.QuerySelectorAll($"#table-{table} tbody tr").Select(r => r.QuerySelectorAll("td")[index])];
    }
}
