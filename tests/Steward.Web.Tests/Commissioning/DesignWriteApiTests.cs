using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Steward.Core.Accounts;
using Steward.Data.Accounts;
using Steward.Data.Audit;
using Steward.Web.Tests.Accounts;

namespace Steward.Web.Tests.Commissioning;

/// <summary>
/// The design write API: a buyer's machine token with the DesignTenders scope creates, reads and saves its own
/// designs with the checker's findings; bad JSON is refused naming the field; other buyers' designs, other scopes and
/// cookies are refused; every change is in the audit trail as the token.
/// </summary>
public sealed class DesignWriteApiTests(AccountPortal portal) : IClassFixture<AccountPortal>
{
    private const string Design = """
        {"title":"Meals at home","value":250000,"procedure":"open","buyer":{"socialValueModel":"none"},
         "lots":[{"id":"1","value":250000,"priceMethod":{"formula":"F4","floor":200000,"ceiling":300000},"tieBreak":"lowerPrice",
                  "criteria":[{"id":"quality","type":"quality","weight":70},{"id":"price","type":"price","weight":20}]}]}
        """;

    private HttpClient Machine() => portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

    private static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpClient client, HttpMethod method, string path, string? token, string? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task BuyersToken_CreatesReadsAndSavesItsDesign_WithTheCheckersFindings()
    {
        // Arrange
        var directory = new AccountDirectory(portal.Target, TimeProvider.System);
        var buyer = directory.AddOrganisation("Tokenshire Council", OrganisationSide.Buyer, null, "cli:test").Value;
        var token = directory.IssueToken(buyer.Id, "Design tool", [Capability.DesignTenders], TimeSpan.FromDays(1), "cli:test").Value.Secret;
        using var machine = Machine();

        // Act
        var created = await SendAsync(machine, HttpMethod.Post, "/api/write/designs", token, Design);
        var id = created.Body.GetProperty("id").GetString()!;
        var weightAsText = await SendAsync(machine, HttpMethod.Put, $"/api/write/designs/{id}", token, Design.Replace("\"weight\":70", "\"weight\":\"seventy\"", StringComparison.Ordinal));
        var fixedWeights = await SendAsync(machine, HttpMethod.Put, $"/api/write/designs/{id}", token, Design.Replace("\"weight\":20", "\"weight\":30", StringComparison.Ordinal));
        var read = await SendAsync(machine, HttpMethod.Get, $"/api/write/designs/{id}", token);
        var list = await SendAsync(machine, HttpMethod.Get, "/api/write/designs", token);

        // Assert
        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Contains(created.Body.GetProperty("check").GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "WEIGHTS_TOTAL");
        Assert.False(created.Body.GetProperty("check").GetProperty("publishable").GetBoolean());
        Assert.Equal(HttpStatusCode.BadRequest, weightAsText.Status);
        Assert.Contains("lots[0].criteria[0].weight", weightAsText.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, fixedWeights.Status);
        Assert.DoesNotContain(fixedWeights.Body.GetProperty("check").GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "WEIGHTS_TOTAL");
        Assert.Equal(30m, read.Body.GetProperty("design").GetProperty("lots")[0].GetProperty("criteria")[1].GetProperty("weight").GetDecimal());
        Assert.Equal("draft", read.Body.GetProperty("status").GetString());
        Assert.Contains(list.Body.EnumerateArray(), d => d.GetProperty("id").GetString() == id);
        Assert.Contains(new AuditTrail(portal.Target).Latest(50), e => e.Actor.StartsWith("token:", StringComparison.Ordinal) && e.Subject.Contains(id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OtherBuyersDesigns_OtherScopes_AndNoToken_AreRefused()
    {
        // Arrange
        var directory = new AccountDirectory(portal.Target, TimeProvider.System);
        var owner = directory.AddOrganisation("Ownborough Council", OrganisationSide.Buyer, null, "cli:test").Value;
        var other = directory.AddOrganisation("Otherborough Council", OrganisationSide.Buyer, null, "cli:test").Value;
        var supplier = directory.AddOrganisation("Scope Meals CIC", OrganisationSide.Supplier, null, "cli:test").Value;
        var ownerToken = directory.IssueToken(owner.Id, "Owner", [Capability.DesignTenders], TimeSpan.FromDays(1), "cli:test").Value.Secret;
        var otherToken = directory.IssueToken(other.Id, "Other", [Capability.DesignTenders], TimeSpan.FromDays(1), "cli:test").Value.Secret;
        var supplierToken = directory.IssueToken(supplier.Id, "Profile", [Capability.EditSupplierProfile], TimeSpan.FromDays(1), "cli:test").Value.Secret;
        using var machine = Machine();
        var id = (await SendAsync(machine, HttpMethod.Post, "/api/write/designs", ownerToken, Design)).Body.GetProperty("id").GetString()!;

        // Act
        var otherRead = await SendAsync(machine, HttpMethod.Get, $"/api/write/designs/{id}", otherToken);
        var otherSave = await SendAsync(machine, HttpMethod.Put, $"/api/write/designs/{id}", otherToken, Design);
        var otherList = await SendAsync(machine, HttpMethod.Get, "/api/write/designs", otherToken);
        var supplierCreate = await SendAsync(machine, HttpMethod.Post, "/api/write/designs", supplierToken, Design);
        var anonymous = await SendAsync(machine, HttpMethod.Get, $"/api/write/designs/{id}", null);
        var notJson = await SendAsync(machine, HttpMethod.Post, "/api/write/designs", ownerToken, "{\"title\": ");
        var supplierScope = directory.IssueToken(supplier.Id, "Designs", [Capability.DesignTenders], null, "cli:test");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, otherRead.Status);
        Assert.Equal(HttpStatusCode.NotFound, otherSave.Status);
        Assert.DoesNotContain(otherList.Body.EnumerateArray(), d => d.GetProperty("id").GetString() == id);
        Assert.Equal(HttpStatusCode.Forbidden, supplierCreate.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.Status);
        Assert.Equal("DESIGN_REFUSED", notJson.Body.GetProperty("code").GetString());
        Assert.Equal("TOKEN_SCOPES", supplierScope.Error?.Code);
        Assert.Equal("Meals at home", JsonDocument.Parse(new Data.Tenders.TenderDesigns(portal.Target, TimeProvider.System).Find(id)!.Json).RootElement.GetProperty("title").GetString());
    }
}
