using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Steward.Core.Suppliers;
using Steward.Data.Demo;
using Steward.Data.Suppliers;
using Steward.Web.Tables;

namespace Steward.Web.Tests;

/// <summary>The supplier register's pages and API on the demo store (whose first start also adds synthetic profiles).</summary>
public sealed class RegisterTests(DemoPortal portal)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private readonly HttpClient _client = portal.CreateClient();

    private SupplierRegister Register => new(portal.Target, TimeProvider.System);

    [Fact]
    public async Task Index_ListsEveryProfileWithItsClassifications_AndSaysThereIsNoGeneralPowerToReserve()
    {
        // Arrange
        var profiles = Register.All();

        // Act
        var page = await Html.PageAsync(_client, "/register");

        // Assert
        Assert.NotEmpty(profiles);
        Assert.All(profiles, p => Assert.Equal(DemoRegister.Author, Register.History(p.Id)[^1].ChangedBy));
        var rows = page.QuerySelectorAll("#table-register tbody tr").ToList();
        Assert.Equal(Math.Min(profiles.Count, PortalTable.PageRows), rows.Count);
        Assert.Contains($"of {profiles.Count}", page.QuerySelector("#count-register")!.TextContent, StringComparison.Ordinal);
        var first = profiles[0];
        var expected = SupplierClassifier.Classify(first.Profile);
        var row = rows.Single(r => r.QuerySelector("td:nth-child(1) a")!.GetAttribute("href") == Steward.Web.Register.RegisterLinks.Profile(first.Id));
        Assert.Equal(expected.Vcse.Result.Code(), row.QuerySelector("td:nth-child(4)")!.TextContent.Trim());
        Assert.Contains("no general power to reserve", page.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#table-register-mismatches"));
        Assert.NotNull(page.QuerySelector("#table-register-shares"));
    }

    [Fact]
    public async Task Profile_ShowsEachClassificationWithItsReasons_EvidenceAndHistory()
    {
        // Arrange
        var profile = Register.All().First(p => p.OrganisationId is not null);
        var classification = SupplierClassifier.Classify(profile.Profile);

        // Act
        var page = await Html.PageAsync(_client, $"/register/profile?id={Uri.EscapeDataString(profile.Id)}");
        var missing = await Html.GetAsync(_client, "/register/profile?id=no-such-profile");

        // Assert
        Assert.Equal(profile.Name, page.QuerySelector("h1")!.TextContent.Trim());
        foreach (var (key, value) in classification.All)
        {
            var card = page.QuerySelector($"#{key}")!;
            Assert.Equal(value.Result switch { Verdict.True => "Yes", Verdict.False => "No", _ => "Unknown" }, card.QuerySelector(".govuk-tag")!.TextContent.Trim());
            Assert.Equal(value.Reasons.Count, card.QuerySelectorAll("li").Length);
        }

        Assert.Contains("Synthetic filing", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("table tbody tr td"), c => c.TextContent.Trim() == "created");
        Assert.Equal(HttpStatusCode.NotFound, missing.Response.StatusCode);
    }

    [Fact]
    public async Task Supplier_WithAProfile_LinksToIt()
    {
        // Arrange
        var profile = Register.All().First(p => p.OrganisationId is not null);

        // Act
        var page = await Html.PageAsync(_client, $"/supplier?id={Uri.EscapeDataString(profile.OrganisationId!)}");

        // Assert
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/register/profile?id={Uri.EscapeDataString(profile.Id)}");
    }

    [Fact]
    public async Task Eligibility_ForAPublishedReservedLot_ShowsTheDecisionAndItsReasons()
    {
        // Arrange: a demo lot reserved for supported employment providers, and a register profile.
        using var context = Data.StewardDatabase.CreateContext(portal.Target);
        var reserved = context.Lots.Where(l => l.ReservedParticipation!.Contains("shelteredWorkshop")).OrderBy(l => l.Ocid).First();
        var (ocid, lot) = (reserved.Ocid, reserved.LotId);
        var profile = Register.All()[0];
        var expected = ReservedLotEligibility.Decide(ReservedLots.Read(portal.Target, ocid, lot, null, new DateOnly(2026, 6, 1))!, [profile.Profile], []);

        // Act
        var page = await Html.PageAsync(_client, $"/register/eligibility?ocid={Uri.EscapeDataString(ocid)}&lot={Uri.EscapeDataString(lot)}&supplier={Uri.EscapeDataString(profile.Id)}&awardDate=2026-06-01");

        // Assert
        var heading = page.QuerySelector("#result")!.TextContent.Trim();
        Assert.Equal(expected.Result switch { Verdict.True => "May bid", Verdict.False => "May not bid", _ => "Cannot tell yet" }, heading);
        Assert.Contains("PA 2023 s.32", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(expected.Bidder.Count + expected.Lot.Count, page.QuerySelectorAll("main ul.govuk-list--bullet li").Length);
    }

    [Theory]
    [InlineData("/register/eligibility?ocid=x&supplier=y&awardDate=01/06/2026", "awardDate", "YYYY-MM-DD")]
    [InlineData("/register/eligibility?ocid=&supplier=y", "ocid", "OCID")]
    [InlineData("/register/eligibility?ocid=ocds-none&supplier=no-such-profile", "supplier", "no-such-profile")]
    public async Task Eligibility_BadInput_ShowsAnErrorSummaryLinkingToTheField(string path, string field, string words)
    {
        // Act
        var page = await Html.PageAsync(_client, path);

        // Assert
        var link = page.QuerySelector(".govuk-error-summary a")!;
        Assert.Equal($"#{field}", link.GetAttribute("href"));
        Assert.Contains(words, link.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_ProfilesAndOneProfile_AgreeWithTheRegister()
    {
        // Arrange
        var profile = Register.All()[0];

        // Act
        var list = JsonNode.Parse(await _client.GetStringAsync(new Uri("/api/register/profiles", UriKind.Relative), Cancel))!.AsArray();
        var one = JsonNode.Parse(await _client.GetStringAsync(new Uri($"/api/register/profiles/{profile.Id}", UriKind.Relative), Cancel))!;
        var missing = await _client.GetAsync(new Uri("/api/register/profiles/nobody", UriKind.Relative), Cancel);

        // Assert
        Assert.Equal(Register.All().Count, list.Count);
        Assert.Equal(profile.Id, (string?)one["id"]);
        Assert.Equal(["sme", "vcse", "socialEnterprise", "supportedEmploymentProvider", "publicServiceMutual"], one["classifications"]!.AsObject().Select(p => p.Key));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Api_Classify_AnswersTheContract_AndNamesTheFieldOfABadProfile()
    {
        // Arrange
        using var good = new StringContent("""{"name":"A","employees":12,"accounts":[{"year":2025,"turnover":900000}]}""", Encoding.UTF8, "application/json");
        using var bad = new StringContent("""{"name":"A","employees":-2}""", Encoding.UTF8, "application/json");

        // Act
        var answer = JsonNode.Parse(await (await _client.PostAsync(new Uri("/api/register/classify", UriKind.Relative), good, Cancel)).Content.ReadAsStringAsync(Cancel))!;
        var refused = await _client.PostAsync(new Uri("/api/register/classify", UriKind.Relative), bad, Cancel);

        // Assert
        Assert.Equal("true", (string?)answer["sme"]!["result"]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = JsonNode.Parse(await refused.Content.ReadAsStringAsync(Cancel))!;
        Assert.Contains("employees: -2", problem["errors"]!["employees"]![0]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_EligibilityWithoutOcid_IsAProblemNamingIt_AndDownloadsHoldTheRegister()
    {
        // Act
        var refused = await _client.GetAsync(new Uri("/api/register/eligibility?supplier=x", UriKind.Relative), Cancel);
        var csv = await _client.GetStringAsync(new Uri("/tables/register.csv", UriKind.Relative), Cancel);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("ocid", await refused.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.StartsWith("name,legalForm,sme,vcse,", csv, StringComparison.Ordinal);
        Assert.EndsWith(",organisationId,profileId", csv.Split("\r\n")[0], StringComparison.Ordinal);
        Assert.Equal(Register.All().Count + 1, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Buyer_ShowsItsRegisterShare()
    {
        // Arrange
        var buyer = JsonNode.Parse(await _client.GetStringAsync(new Uri("/api/buyers", UriKind.Relative), Cancel))!.AsArray()[0]!;

        // Act
        var page = await Html.PageAsync(_client, $"/buyer?id={Uri.EscapeDataString((string)buyer["buyerId"]!)}");

        // Assert
        Assert.NotNull(buyer["registerShare"]);
        Assert.EndsWith("%", Html.Summary(page, "Share to social enterprises or VCSEs verified by the supplier register"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProfitCaps_SaysNoCapIsSetByLaw_AndShowsTheCmaContext()
    {
        // Act
        var page = await Html.PageAsync(_client, "/register/profit-caps");

        // Assert
        Assert.Contains("No profit cap is set by law", page.QuerySelector(".govuk-warning-text")!.TextContent, StringComparison.Ordinal);
        var rows = page.QuerySelectorAll("table tbody tr").ToList();
        Assert.Equal(Steward.Core.OpenBook.ProfitCapPolicies.Known.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal("None", r.QuerySelector("td:nth-child(3)")!.TextContent.Trim()));
        Assert.Contains("23%", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
