using System.Net;
using System.Text;
using Steward.Core.Accounts;
using Steward.Data.Accounts;
using Steward.Data.Audit;
using Steward.Testing;

namespace Steward.Web.Tests.Accounts;

/// <summary>
/// The register in the portal over HTTP: a supplier submits its profile and uploads evidence, a verifier checks it,
/// the public profile shows the check by role and organisation; every refusal changes nothing, and evidence is
/// unreadable to anyone but its supplier and verifiers (admins included).
/// </summary>
public sealed class RegisterInPortalTests : IDisposable
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private readonly PortalFactory _portal = new(TestDatabase.Sqlite(), new()
    {
        ["Steward:DemoReleases"] = "0",
        ["Steward:Accounts:SignInsPerMinute"] = "1000",
        ["Steward:Register:EvidenceMaxBytes"] = "4096",
    });

    private AccountDirectory Directory => new(_portal.Target, TimeProvider.System);

    private async Task<(SignedInClient Client, AccountOrganisation Organisation)> SupplierAsync(string name, string email)
    {
        var organisation = Directory.AddOrganisation(name, OrganisationSide.Supplier, null, "cli:test").Value;
        var client = new SignedInClient(_portal);
        await client.SubmitAsync($"/invitations/accept?token={Directory.Invite(organisation.Id, Role.Supplier, TimeSpan.FromDays(1), "cli:test").Value.Token}",
            new() { ["Email"] = email, ["Password"] = "correct horse battery staple" }, "Create");
        return (client, organisation);
    }

    private async Task<SignedInClient> WithSecondFactorAsync(Role role, OrganisationSide side, string name, string email)
    {
        var organisation = side == OrganisationSide.Instance ? Directory.Instance("Steward", "cli:test") : Directory.AddOrganisation(name, side, null, "cli:test").Value;
        var client = new SignedInClient(_portal);
        await client.JoinWithSecondFactorAsync(Directory.Invite(organisation.Id, role, TimeSpan.FromDays(1), "cli:test").Value.Token, email);
        return client;
    }

    private static Dictionary<string, string> Answers(string name) => new()
    {
        ["name"] = name,
        ["legalForm"] = "cic-guarantee",
        ["socialPurpose"] = "yes",
        ["assetLock"] = "yes",
        ["employees"] = "40",
        ["fte"] = "31.5",
        ["mainActivityCpv"] = "85312000",
    };

    [Fact]
    public async Task Supplier_SubmitsAndUploads_VerifierVerifies_PublicProfileShowsTheCheckByRole()
    {
        // Arrange
        var (supplier, organisation) = await SupplierAsync("Kind Care CIC", "owner@kindcare.example");
        using var _ = supplier;
        using var verifier = await WithSecondFactorAsync(Role.Verifier, OrganisationSide.Verification, "Anytown Verification Team", "checker@anytown.example");

        // Act
        var (draft, draftPage) = await supplier.SubmitToAsync("/account/profile", "/account/profile?handler=Save", Answers("Kind Care CIC"));
        var (submitted, submittedPage) = await supplier.SubmitToAsync("/account/profile", "/account/profile?handler=Submit", Answers("Kind Care CIC"));
        var profileId = Directory.Organisation(organisation.Id)!.ProfileId!;
        var (uploaded, uploadedPage) = await supplier.UploadAsync("/account/evidence", "/account/evidence",
            new() { ["Kind"] = ["governing-document"], ["Covers"] = ["legalForm", "assetLock"] }, "Upload", "articles of association.pdf", Pdf);
        var (_, waiting) = await verifier.GetAsync("/verification");
        var check = waiting.QuerySelector("a[href^='/verification/evidence']")!.GetAttribute("href")!;
        var (download, _) = await verifier.GetAsync(check.Replace("?id=", "?handler=File&id=", StringComparison.Ordinal));
        var downloaded = await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var (verified, verifiedPage) = await verifier.SubmitToAsync(check, check.Replace("?id=", "?handler=Verify&id=", StringComparison.Ordinal),
            [new("Id", check.Split("id=")[1]), new("Covers", "legalForm"), new("Covers", "assetLock"), new("ValidUntil", "2099-06-30")]);
        using var anonymous = new SignedInClient(_portal);
        var (_, publicProfile) = await anonymous.GetAsync($"/register/profile?id={Uri.EscapeDataString(profileId)}");

        // Assert
        Assert.Equal("Draft saved. Nothing is public until you submit it.", draftPage.QuerySelector("#saved")?.TextContent.Trim());
        Assert.Contains("Submitted", submittedPage.QuerySelector("#saved")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        Assert.Contains("articles-of-association.pdf is uploaded", uploadedPage.QuerySelector("#uploaded")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Pdf, downloaded);
        Assert.Equal("application/octet-stream", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Contains("Verified", verifiedPage.QuerySelector("#done")!.TextContent, StringComparison.Ordinal);
        var text = publicProfile.Body!.TextContent;
        Assert.Contains("Kind Care CIC", text, StringComparison.Ordinal);
        Assert.Contains("Verifier, Anytown Verification Team", text, StringComparison.Ordinal);
        Assert.Contains("2099-06-30", text, StringComparison.Ordinal);
        Assert.Contains("Verified by Verifier, Anytown Verification Team on ", Html.Summary(publicProfile, "Asset lock"), StringComparison.Ordinal);
        Assert.EndsWith("until 2099-06-30", Html.Summary(publicProfile, "Asset lock"), StringComparison.Ordinal);
        Assert.EndsWith("Declared, not verified", Html.Summary(publicProfile, "Employees (headcount / FTE)"), StringComparison.Ordinal);
        Assert.DoesNotContain("checker@anytown.example", publicProfile.Body.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("owner@kindcare.example", publicProfile.Body.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("verification/evidence", publicProfile.Body.InnerHtml, StringComparison.Ordinal);
        var trail = new AuditTrail(_portal.Target);
        Assert.Contains(trail.Latest(100), e => e.Action == "evidence.added");
        Assert.Contains(trail.Latest(100), e => e.Action == "evidence.changed" && e.Details.Contains("verified", StringComparison.Ordinal));
        Assert.True(trail.Verify().IsWhole);
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
    }

    [Fact]
    public async Task Upload_OversizedOrNotWhatItSays_IsRefusedNamingTheFile_AndNothingIsKept()
    {
        // Arrange
        var (supplier, organisation) = await SupplierAsync("Tiny Co-op", "tiny@coop.example");
        using var _ = supplier;
        var html = Encoding.ASCII.GetBytes("<html><script>alert(1)</script></html>");
        var large = new byte[5000];
        Pdf.CopyTo(large, 0);

        // Act
        var (_, disguised) = await supplier.UploadAsync("/account/evidence", "/account/evidence", new() { ["Kind"] = ["accounts"] }, "Upload", "accounts.pdf", html);
        var (_, oversized) = await supplier.UploadAsync("/account/evidence", "/account/evidence", new() { ["Kind"] = ["accounts"] }, "Upload", "big.pdf", large);
        var (_, badKind) = await supplier.UploadAsync("/account/evidence", "/account/evidence", new() { ["Kind"] = ["selfie"] }, "Upload", "ok.pdf", Pdf);

        // Assert
        Assert.Contains("\"accounts.pdf\" is not a PDF, PNG or JPEG", disguised.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("smaller than", oversized.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("\"selfie\" is not one of", badKind.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(new Data.Suppliers.SupplierPortal(_portal.Target, TimeProvider.System).EvidenceOf(organisation.Id));
    }

    [Fact]
    public async Task Evidence_IsUnreadableToAdminsOtherSuppliersAndAnonymous()
    {
        // Arrange
        var (owner, _) = await SupplierAsync("Owner CIC", "owner@owner.example");
        using var __ = owner;
        await owner.UploadAsync("/account/evidence", "/account/evidence", new() { ["Kind"] = ["accounts"], ["Covers"] = ["accounts"] }, "Upload", "accounts.pdf", Pdf);
        var id = (await owner.GetAsync("/account/evidence")).Page.QuerySelector("a[href*='handler=File']")!.GetAttribute("href")!.Split("id=")[1];
        using var admin = await WithSecondFactorAsync(Role.Admin, OrganisationSide.Instance, "Steward", "admin@steward.example");
        var (other, _) = await SupplierAsync("Other Ltd", "other@other.example");
        using var ___ = other;
        using var anonymous = new SignedInClient(_portal);

        // Act
        var (asAdmin, _) = await admin.GetAsync($"/verification/evidence?handler=File&id={id}");
        var (adminList, _) = await admin.GetAsync("/verification");
        var (asOther, _) = await other.GetAsync($"/account/evidence?handler=File&id={id}");
        var (asOtherVerifierPath, _) = await other.GetAsync($"/verification/evidence?handler=File&id={id}");
        var (asAnonymous, _) = await anonymous.GetAsync($"/verification/evidence?handler=File&id={id}");
        var (asOwner, _) = await owner.GetAsync($"/account/evidence?handler=File&id={id}");

        // Assert
        Assert.StartsWith("/account/access-denied", SignedInClient.Location(asAdmin), StringComparison.Ordinal);
        Assert.StartsWith("/account/access-denied", SignedInClient.Location(adminList), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, asOther.StatusCode);
        Assert.StartsWith("/account/access-denied", SignedInClient.Location(asOtherVerifierPath), StringComparison.Ordinal);
        Assert.StartsWith("/sign-in", SignedInClient.Location(asAnonymous), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, asOwner.StatusCode);
    }

    public void Dispose() => _portal.Dispose();
}
