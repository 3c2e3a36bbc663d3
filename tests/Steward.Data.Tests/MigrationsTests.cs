using Microsoft.EntityFrameworkCore;
using Steward.Testing;

namespace Steward.Data.Tests;

/// <summary>The migrations of each engine build exactly the model the code declares: a change merged without its migration, or two branches' migrations merged badly, fails here.</summary>
public sealed class MigrationsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Migrations_MatchTheModel(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        using var context = StewardDatabase.CreateContext(database.Target);

        // Act
        var pending = context.Database.HasPendingModelChanges();

        // Assert
        Assert.False(pending, $"{provider}: the model has changes no migration makes; add one as AGENTS.md says");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void MigrationHistory_KnowsTheMigrationsEfCoreKnows_AndIsCurrentOnlyWhenTheStoreHasExactlyThose(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        DatabaseMigrator.Migrate(database.Target);
        using var context = StewardDatabase.CreateContext(database.Target);

        // Act and assert: the quick check agrees with the context on what this Steward has, and on the store.
        Assert.Equal(context.Database.GetMigrations().Order(StringComparer.Ordinal),
            MigrationHistory.KnownMigrations(context.GetType()).Order(StringComparer.Ordinal));
        Assert.True(MigrationHistory.IsCurrent(database.Target));

        context.Database.ExecuteSqlRaw("""INSERT INTO "__EFMigrationsHistory" (migration_id, product_version) VALUES ('29991231000000_FromTheFuture', '99.0')""");
        Assert.False(MigrationHistory.IsCurrent(database.Target));

        context.Database.ExecuteSqlRaw("""DELETE FROM "__EFMigrationsHistory" WHERE migration_id = '29991231000000_FromTheFuture'""");
        Assert.True(MigrationHistory.IsCurrent(database.Target));
        context.Database.ExecuteSqlRaw("""DELETE FROM "__EFMigrationsHistory" WHERE migration_id = (SELECT max(migration_id) FROM "__EFMigrationsHistory")""");
        Assert.False(MigrationHistory.IsCurrent(database.Target));
    }

    [Fact]
    public void MigrationHistory_ANewFile_IsNotCurrent_AndIsNotCreatedByAsking()
    {
        // Arrange
        using var folder = new TempFolder();
        var target = DatabaseTarget.Parse(folder.File("new.db"));

        // Act
        var current = MigrationHistory.IsCurrent(target);

        // Assert
        Assert.False(current);
        Assert.False(File.Exists(folder.File("new.db")));
    }
}
