namespace Steward.Data.Tests;

public sealed class DatabaseTargetTests
{
    [Fact]
    public void Resolve_NothingGiven_IsStewardDbInTheCurrentFolder()
    {
        // Act
        var target = DatabaseTarget.Resolve(null, null);

        // Assert
        Assert.Equal(DatabaseProvider.Sqlite, target.Provider);
        Assert.Equal(Path.GetFullPath("steward.db"), target.Display);
    }

    [Fact]
    public void Resolve_EnvironmentOnly_UsesIt()
    {
        // Act
        var target = DatabaseTarget.Resolve(" ", "/tmp/elsewhere.db");

        // Assert
        Assert.Equal("/tmp/elsewhere.db", target.Display);
    }

    [Fact]
    public void Resolve_OptionAndEnvironment_OptionWins()
    {
        // Act
        var target = DatabaseTarget.Resolve("/tmp/given.db", "/tmp/elsewhere.db");

        // Assert
        Assert.Equal("/tmp/given.db", target.Display);
    }

    [Theory]
    [InlineData("Host=db.example.org;Username=steward;Password=secret;Database=steward", "db.example.org", 5432, "steward")]
    [InlineData("postgres://steward:s%40cret@db.example.org:5433/procurement?sslmode=require", "db.example.org", 5433, "procurement")]
    [InlineData("postgresql://steward@localhost/steward", "localhost", 5432, "steward")]
    public void Parse_PostgresForms_ArePostgres(string db, string host, int port, string database)
    {
        // Act
        var target = DatabaseTarget.Parse(db);

        // Assert
        Assert.Equal(DatabaseProvider.Postgres, target.Provider);
        Assert.Equal($"PostgreSQL steward@{host}:{port}/{database}", target.Display);
        Assert.DoesNotContain("cret", target.Display, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PostgresUrlWithPassword_DecodesIt()
    {
        // Act
        var target = DatabaseTarget.Parse("postgres://steward:s%40cret@db.example.org/procurement");

        // Assert
        Assert.Contains("Password=s@cret", target.ConnectionString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres://")]
    [InlineData("Host=x;Port=notanumber")]
    public void Parse_BadPostgres_SaysWhatIsWrongWithoutThePassword(string db)
    {
        // Act
        var error = Assert.Throws<ArgumentException>(() => DatabaseTarget.Parse(db));

        // Assert
        Assert.StartsWith("--db:", error.Message, StringComparison.Ordinal);
    }
}
