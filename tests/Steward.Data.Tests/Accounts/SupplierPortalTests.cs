using System.Text;
using Steward.Core.Accounts;
using Steward.Data.Accounts;
using Steward.Data.Suppliers;
using Steward.Testing;
using static Steward.Data.Tests.Accounts.AccountsFixture;

namespace Steward.Data.Tests.Accounts;

/// <summary>Drafts, submission and evidence on both engines: a supplier can never verify itself.</summary>
public sealed class SupplierPortalTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF\n");

    private static readonly ActingParty Supplier = new("account:s1", "Supplier, Kind Care CIC");

    private static readonly ActingParty Verifier = new("account:v1", "Verifier, Anytown Council");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void SaveDraft_WithItsOwnEvidenceList_DropsIt_AndOnlyAVerifiersCheckAddsEvidence(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        var clock = NewClock();
        var organisation = new AccountDirectory(database.Target, clock).AddOrganisation("Kind Care CIC", OrganisationSide.Supplier, "GB-COH-01234567", "cli:test").Value;
        var portal = new SupplierPortal(database.Target, clock);
        const string selfVerified = """{"name":"Kind Care CIC","legalForm":"cic-guarantee","evidence":[{"kind":"accounts","covers":["legalForm"],"verifiedBy":"Ourselves","verifiedOn":"2026-01-01"}]}""";

        // Act
        var draft = portal.SaveDraft(organisation.Id, selfVerified, Supplier).Value;
        var early = portal.Upload(organisation.Id, "governing-document", ["legalForm"], "articles.pdf", Pdf, 1024, Supplier).Value;
        var beforeSubmit = portal.Verify(early.Id, ["legalForm"], null, Verifier);
        var submitted = portal.Submit(organisation.Id, Supplier).Value;
        var verified = portal.Verify(early.Id, ["legalForm"], new DateOnly(2027, 6, 30), Verifier);
        portal.SaveDraft(organisation.Id, """{"name":"Kind Care CIC","legalForm":"cic-guarantee","employees":12}""", Supplier);
        portal.Submit(organisation.Id, Supplier);

        // Assert
        Assert.DoesNotContain("evidence", draft.Json, StringComparison.Ordinal);
        Assert.Equal("PROFILE_NOT_SUBMITTED", beforeSubmit.Error?.Code);
        Assert.Equal("GB-COH-01234567", submitted.Id);
        Assert.True(verified.IsSuccess);
        var stored = new SupplierRegister(database.Target, clock).Find("GB-COH-01234567")!;
        var evidence = Assert.Single(stored.Profile.Evidence);
        Assert.Equal(("Verifier, Anytown Council", new DateOnly(2027, 6, 30)), (evidence.VerifiedBy, evidence.ValidUntil));
        Assert.Equal(12m, stored.Profile.Workforce.Employees);
        Assert.Equal("Verifier, Anytown Council", new SupplierRegister(database.Target, clock).History(stored.Id).First(h => h.Action == "updated" && h.ChangedBy.StartsWith("Verifier", StringComparison.Ordinal)).ChangedBy);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Upload_KeptInAFolder_IsReadBackByItsHash(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        using var folder = new TempFolder();
        var organisation = new AccountDirectory(database.Target, NewClock()).AddOrganisation("Folder CIC", OrganisationSide.Supplier, null, "cli:test").Value;
        var portal = new SupplierPortal(database.Target, NewClock(), folder.Path);

        // Act
        var item = portal.Upload(organisation.Id, "accounts", ["accounts"], "../../etc/passwd.pdf", Pdf, 1024, Supplier).Value;

        // Assert
        Assert.Equal("passwd.pdf", item.FileName);
        Assert.True(File.Exists(Path.Combine(folder.Path, item.Sha256)));
        Assert.Equal(Pdf, portal.Content(item.Id));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void SaveDraft_NotJson_IsRefusedNamingTheLine(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        var organisation = new AccountDirectory(database.Target, NewClock()).AddOrganisation("Broken CIC", OrganisationSide.Supplier, null, "cli:test").Value;
        var portal = new SupplierPortal(database.Target, NewClock());

        // Act
        var saved = portal.SaveDraft(organisation.Id, "{\n\"name\": ", Supplier);

        // Assert
        Assert.Equal("PROFILE_NOT_JSON", saved.Error?.Code);
        Assert.Contains("line 2", saved.Error!.Message, StringComparison.Ordinal);
        Assert.Null(portal.Draft(organisation.Id).SavedAt);
    }
}
