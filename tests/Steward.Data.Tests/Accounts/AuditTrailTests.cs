using Microsoft.EntityFrameworkCore;
using Steward.Core.Accounts;
using Steward.Data.Accounts;
using Steward.Data.Audit;
using Steward.Testing;
using static Steward.Data.Tests.Accounts.AccountsFixture;

namespace Steward.Data.Tests.Accounts;

/// <summary>
/// The trail in the store on both engines: the store refuses edits, and an edit made around that refusal (by someone
/// with the database's owner rights, who drops the guard) is found by verification, naming the entry.
/// </summary>
public sealed class AuditTrailTests
{
    private static (TestDatabase Database, AuditTrail Trail) FiveEntries(string provider)
    {
        var database = TestDatabase.Create(provider);
        var directory = new AccountDirectory(database.Target, NewClock());
        for (var i = 1; i <= 5; i++)
        {
            directory.AddOrganisation($"Buyer {i}", OrganisationSide.Buyer, null, "cli:ops");
        }

        return (database, new AuditTrail(database.Target));
    }

    private static void DropGuard(TestDatabase database, StewardDbContext context)
    {
        if (database.Target.Provider == DatabaseProvider.Sqlite)
        {
            context.Database.ExecuteSqlRaw("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;");
        }
        else
        {
            context.Database.ExecuteSqlRaw("DROP TRIGGER audit_log_append_only ON audit_log;");
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Update_OrDelete_IsRefusedByTheStore(string provider)
    {
        // Arrange
        var (database, trail) = FiveEntries(provider);
        using var _ = database;
        using var context = database.Context();

        // Act
        var update = Record.Exception(() => context.Database.ExecuteSqlRaw("UPDATE audit_log SET actor = 'x' WHERE sequence = 2"));
        var delete = Record.Exception(() => context.Database.ExecuteSqlRaw("DELETE FROM audit_log WHERE sequence = 5"));

        // Assert
        Assert.Contains("append-only", update?.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete?.Message, StringComparison.Ordinal);
        Assert.True(trail.Verify().IsWhole);
        Assert.Equal(5, trail.Verify().GoodEntries);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Verify_EntryEditedAroundTheGuard_NamesIt(string provider)
    {
        // Arrange
        var (database, trail) = FiveEntries(provider);
        using var _ = database;
        using (var context = database.Context())
        {
            DropGuard(database, context);
            context.Database.ExecuteSqlRaw("UPDATE audit_log SET details = '{{\"name\":\"Buyer X\",\"side\":\"buyer\"}}' WHERE sequence = 3");
        }

        // Act
        var result = trail.Verify();

        // Assert
        Assert.False(result.IsWhole);
        Assert.Equal(3, result.FirstBroken);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Verify_EntryDeletedAroundTheGuard_NamesIt(string provider)
    {
        // Arrange
        var (database, trail) = FiveEntries(provider);
        using var _ = database;
        using (var context = database.Context())
        {
            DropGuard(database, context);
            context.Database.ExecuteSqlRaw("DELETE FROM audit_log WHERE sequence = 2");
        }

        // Act
        var result = trail.Verify();

        // Assert
        Assert.Equal(2, result.FirstBroken);
        Assert.Contains("entry 2 is missing", result.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Verify_EntriesReorderedAroundTheGuard_NamesTheFirst(string provider)
    {
        // Arrange: entries 2 and 4 trade places (their sequence numbers swapped).
        var (database, trail) = FiveEntries(provider);
        using var _ = database;
        using (var context = database.Context())
        {
            DropGuard(database, context);
            context.Database.ExecuteSqlRaw("UPDATE audit_log SET sequence = -2 WHERE sequence = 2");
            context.Database.ExecuteSqlRaw("UPDATE audit_log SET sequence = 2 WHERE sequence = 4");
            context.Database.ExecuteSqlRaw("UPDATE audit_log SET sequence = 4 WHERE sequence = -2");
        }

        // Act
        var result = trail.Verify();

        // Assert
        Assert.False(result.IsWhole);
        Assert.Equal(2, result.FirstBroken);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Verify_PinnedHeadAfterTheLastEntriesWereCut_IsBroken(string provider)
    {
        // Arrange
        var (database, trail) = FiveEntries(provider);
        using var _ = database;
        var pinned = trail.Head()!.Hash;
        using (var context = database.Context())
        {
            DropGuard(database, context);
            context.Database.ExecuteSqlRaw("DELETE FROM audit_log WHERE sequence >= 4");
        }

        // Act
        var unpinned = trail.Verify();
        var result = trail.Verify(pinned);

        // Assert
        Assert.True(unpinned.IsWhole);
        Assert.False(result.IsWhole);
        Assert.Equal(4, result.FirstBroken);
    }
}
