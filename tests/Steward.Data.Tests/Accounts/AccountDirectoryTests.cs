using Steward.Core.Accounts;
using Steward.Data.Accounts;
using Steward.Data.Audit;
using Steward.Testing;
using static Steward.Data.Tests.Accounts.AccountsFixture;

namespace Steward.Data.Tests.Accounts;

/// <summary>Organisations, memberships and invitations on both engines, each change in the audit trail.</summary>
public sealed class AccountDirectoryTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Accept_ValidInvitation_AddsTheRoleOnceAndSpendsTheLink(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        var clock = NewClock();
        var directory = new AccountDirectory(database.Target, clock);
        var council = directory.AddOrganisation("Anytown Council", OrganisationSide.Buyer, "GB-PPON-ABCD-1234-EFGH", "cli:ops").Value;
        var invitation = directory.Invite(council.Id, Role.Evaluator, TimeSpan.FromDays(2), "cli:ops").Value;
        var account = AddAccount(database, "evaluator@example.org");

        // Act
        var accepted = directory.Accept(invitation.Token, account);
        var again = directory.Accept(invitation.Token, account);

        // Assert
        Assert.True(accepted.IsSuccess);
        Assert.Equal("INVITATION_USED", again.Error?.Code);
        var membership = Assert.Single(directory.MembershipsOf(account));
        Assert.Equal((council.Id, Role.Evaluator), (membership.Organisation.Id, membership.Role));
        Assert.Equal([(account, Role.Evaluator)], directory.Members(council.Id).Select(m => (m.AccountId, m.Role)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Check_ExpiredRevokedOrUnknownLink_SaysWhyAndAddsNothing(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        var clock = NewClock();
        var directory = new AccountDirectory(database.Target, clock);
        var supplier = directory.AddOrganisation("Kind Care CIC", OrganisationSide.Supplier, null, "cli:ops").Value;
        var expiring = directory.Invite(supplier.Id, Role.Supplier, TimeSpan.FromHours(1), "cli:ops").Value;
        var revoked = directory.Invite(supplier.Id, Role.Supplier, TimeSpan.FromHours(1), "cli:ops").Value;
        directory.Revoke(revoked.Id, "cli:ops");
        var account = AddAccount(database, "owner@example.org");
        clock.Advance(TimeSpan.FromHours(2));

        // Act
        var expired = directory.Accept(expiring.Token, account);
        var withdrawn = directory.Check(revoked.Token);
        var unknown = directory.Check("not-a-token");

        // Assert
        Assert.Equal("INVITATION_EXPIRED", expired.Error?.Code);
        Assert.Contains("expired on 2 December 2026 at 10:00 UTC", expired.Error!.Message, StringComparison.Ordinal);
        Assert.Equal("INVITATION_REVOKED", withdrawn.Error?.Code);
        Assert.Equal("INVITATION_UNKNOWN", unknown.Error?.Code);
        Assert.Empty(directory.MembershipsOf(account));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void AddMember_RoleItsSideDoesNotAllow_IsRefused(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        var directory = new AccountDirectory(database.Target, NewClock());
        var supplier = directory.AddOrganisation("Kind Care CIC", OrganisationSide.Supplier, null, "cli:ops").Value;
        var account = AddAccount(database, "someone@example.org");

        // Act
        var commissioner = directory.AddMember(account, supplier.Id, Role.Commissioner, "cli:ops");
        var invite = directory.Invite(supplier.Id, Role.Admin, TimeSpan.FromDays(1), "cli:ops");

        // Assert
        Assert.Equal("ROLE_NOT_ON_SIDE", commissioner.Error?.Code);
        Assert.Equal("role: a supplier organisation's members cannot be commissioners", commissioner.Error!.Message);
        Assert.Equal("ROLE_NOT_ON_SIDE", invite.Error?.Code);
        Assert.Empty(directory.Members(supplier.Id));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void AddOrganisation_BadOrTakenIdentifier_IsRefusedNamingIt(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        var directory = new AccountDirectory(database.Target, NewClock());
        directory.AddOrganisation("Anytown Council", OrganisationSide.Buyer, "GB-PPON-ABCD-1234-EFGH", "cli:ops");

        // Act
        var bad = directory.AddOrganisation("Nowhere", OrganisationSide.Buyer, "12345", "cli:ops");
        var taken = directory.AddOrganisation("Anytown again", OrganisationSide.Buyer, "gb-ppon-ABCD-1234-EFGH", "cli:ops");

        // Assert
        Assert.Equal("BAD_IDENTIFIER", bad.Error?.Code);
        Assert.Contains("\"12345\"", bad.Error!.Message, StringComparison.Ordinal);
        Assert.Equal("IDENTIFIER_TAKEN", taken.Error?.Code);
        Assert.Contains("Anytown Council", taken.Error!.Message, StringComparison.Ordinal);
        Assert.Single(directory.Organisations());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void EveryChange_IsInTheTrail_ByItsActor_WithoutPersonalData(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        var directory = new AccountDirectory(database.Target, NewClock());
        var council = directory.AddOrganisation("Anytown Council", OrganisationSide.Buyer, null, "cli:ops").Value;
        var invitation = directory.Invite(council.Id, Role.Commissioner, TimeSpan.FromDays(1), "cli:ops").Value;
        var account = AddAccount(database, "commissioner@example.org");
        directory.Accept(invitation.Token, account);
        directory.RemoveMember(account, council.Id, Role.Commissioner, "cli:ops");

        // Act
        var trail = new AuditTrail(database.Target);
        var entries = trail.Latest(100).Reverse().ToList();

        // Assert
        Assert.Equal(["organisation.added", "invitation.added", "account.added", "membership.added", "invitation.changed", "membership.removed"], entries.Select(e => e.Action));
        Assert.Equal(["cli:ops", "cli:ops", $"account:{account}", $"account:{account}", $"account:{account}", "cli:ops"], entries.Select(e => e.Actor));
        Assert.Contains("\"fields\":[\"AcceptedAt\",\"AcceptedBy\"]", entries[4].Details, StringComparison.Ordinal);
        Assert.All(entries, e => Assert.DoesNotContain("example.org", e.Details + e.Subject + e.Actor, StringComparison.Ordinal));
        Assert.All(entries, e => Assert.DoesNotContain(invitation.Token, e.Details, StringComparison.Ordinal));
        Assert.True(trail.Verify().IsWhole);
        Assert.Equal(entries[^1].Hash, trail.Verify().Head);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Accept_TwoPeopleAtOnce_OnlyOneGetsTheRole(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        var directory = new AccountDirectory(database.Target, NewClock());
        var council = directory.AddOrganisation("Race Council", OrganisationSide.Buyer, null, "cli:ops").Value;
        var token = directory.Invite(council.Id, Role.Evaluator, TimeSpan.FromDays(1), "cli:ops").Value.Token;
        var accounts = Enumerable.Range(0, 4).Select(i => AddAccount(database, $"racer{i}@example.org")).ToList();

        // Act
        var outcomes = await Task.WhenAll(accounts.Select(a => Task.Run(() =>
        {
            try
            {
                return directory.Accept(token, a).IsSuccess;
            }
            catch (DatabaseUnavailableException)
            {
                return false; // SQLite: the losing writer is refused as busy
            }
        }, TestContext.Current.CancellationToken)));

        // Assert
        Assert.Equal(1, outcomes.Count(o => o));
        Assert.Single(directory.Members(council.Id));
    }
}
