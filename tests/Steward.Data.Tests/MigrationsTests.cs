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
}
