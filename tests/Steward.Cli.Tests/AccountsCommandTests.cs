using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Steward.Testing;
using static Steward.Cli.Tests.CliHarness;

namespace Steward.Cli.Tests;

/// <summary><c>steward accounts</c> and <c>steward audit</c>: links, organisations, and verify's exit codes and JSON (a contract).</summary>
public sealed class AccountsCommandTests
{
    [Fact]
    public async Task AddAdmin_PrintsASingleUseLink_AndTheTrailIsWhole()
    {
        // Arrange
        using var folder = new TempFolder();
        var db = folder.File("steward.db");

        // Act
        var admin = await Run("accounts", "add-admin", "--db", db, "--by", "digital team", "--url", "https://steward.example/", "--valid-for", "2d");
        var verify = await Run("audit", "verify", "--db", db, "--json");
        var show = await Run("audit", "show", "--db", db);

        // Assert
        Assert.Equal(0, admin.Exit);
        Assert.Matches(@"^https://steward\.example/invitations/accept\?token=[A-Za-z0-9_-]{43}\n$", admin.Out);
        Assert.Contains("until 2026-11-27 09:30 UTC", admin.Error, StringComparison.Ordinal);
        Assert.Equal(0, verify.Exit);
        var json = JsonNode.Parse(verify.Out)!.AsObject();
        Assert.Equal(["whole", "entries", "head", "firstBroken", "problem"], json.Select(p => p.Key));
        Assert.True((bool)json["whole"]!);
        Assert.Equal(2, (long)json["entries"]!);
        Assert.Contains("cli:digital team\tinvitation.added", show.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(admin.Out.Split("token=")[1].Trim(), show.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditVerify_EntryChangedAroundTheGuard_Exits1NamingIt()
    {
        // Arrange
        using var folder = new TempFolder();
        var db = folder.File("steward.db");
        await Run("accounts", "add-organisation", "Anytown Council", "--side", "buyer", "--db", db, "--by", "ops");
        await Run("accounts", "add-organisation", "Kind Care CIC", "--side", "supplier", "--identifier", "GB-COH-01234567", "--db", db, "--by", "ops");
        var head = (await Run("audit", "head", "--db", db)).Out.Trim().Split('\t');
        using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'cli:someone else' WHERE sequence = 1;";
            command.ExecuteNonQuery();
        }

        // Act
        var text = await Run("audit", "verify", "--db", db);
        var json = await Run("audit", "verify", "--db", db, "--json");
        var pinned = await Run("audit", "verify", "--db", db, "--head", new string('a', 64));

        // Assert
        Assert.Equal(("2", 64), (head[0], head[1].Length));
        Assert.Equal(1, text.Exit);
        Assert.StartsWith("broken\t1\tentry 1 was changed", text.Out, StringComparison.Ordinal);
        Assert.Contains("entry 1 was changed, removed or reordered", text.Error, StringComparison.Ordinal);
        Assert.Equal(1, (long)JsonNode.Parse(json.Out)!["firstBroken"]!);
        Assert.Equal(1, pinned.Exit);
    }

    [Theory]
    [InlineData("accounts", "invite", "nope", "--role", "admin", "organisation: there is no organisation \"nope\"")]
    [InlineData("accounts", "invite", "nope", "--role", "superuser", "--role: \"superuser\" is not one of commissioner, evaluator, supplier, verifier, admin")]
    [InlineData("accounts", "add-admin", "--valid-for", "9d", "", "--valid-for: \"9d\" is not hours (48h) or days (3d) up to 7d")]
    [InlineData("accounts", "add-organisation", "X", "--side", "instance", "--side: \"instance\" is not buyer, supplier or verification")]
    [InlineData("accounts", "add-organisation", "X", "--side", "buyer", "")]
    public async Task Accounts_BadUsage_Exits2NamingTheValue(string verb, string sub, string a, string b, string c, string message)
    {
        // Arrange
        using var folder = new TempFolder();
        var args = new List<string> { verb, sub, a, b, c, "--db", folder.File("steward.db") }.Where(x => x.Length > 0).ToList();
        if (message.Length == 0)
        {
            args.AddRange(["--identifier", "12345"]);
            message = "identifier: \"12345\" is not SCHEME-id";
        }

        // Act
        var result = await Run([.. args]);

        // Assert
        Assert.Equal(2, result.Exit);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SuppliersAdd_ByAnAccountEmail_KeepsTheAccountIdInTheTrail_AndShowsItsRole()
    {
        // Arrange: an account made as the portal makes them, with a membership.
        using var folder = new TempFolder();
        var db = folder.File("steward.db");
        var target = Data.DatabaseTarget.Parse(db);
        var directory = new Data.Accounts.AccountDirectory(target, TimeProvider.System);
        var council = directory.AddOrganisation("Anytown Council", Core.Accounts.OrganisationSide.Buyer, null, "cli:ops").Value;
        string accountId;
        using (var context = Data.StewardDatabase.CreateContext(target))
        {
            var account = new Data.Entities.AccountUser { UserName = "officer@anytown.example", Email = "officer@anytown.example", NormalizedEmail = "OFFICER@ANYTOWN.EXAMPLE" };
            context.Users.Add(account);
            context.SaveChanges();
            accountId = account.Id;
        }

        directory.AddMember(accountId, council.Id, Core.Accounts.Role.Verifier, "cli:ops");
        var profile = folder.File("profile.json");
        await File.WriteAllTextAsync(profile, """{"name":"Kind Care CIC","identifiers":[{"scheme":"GB-COH","id":"01234567"}]}""", TestContext.Current.CancellationToken);

        // Act
        var added = await Run("suppliers", "add", profile, "--db", db, "--by", "officer@anytown.example");
        var show = await Run("audit", "show", "--db", db, "--subject", "profile:GB-COH-01234567");

        // Assert
        Assert.Equal(0, added.Exit);
        Assert.Contains($"account:{accountId}\tprofile.added", show.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("officer@anytown.example", show.Out, StringComparison.Ordinal);
        var history = new Data.Suppliers.SupplierRegister(target, TimeProvider.System).History("GB-COH-01234567");
        Assert.Equal("Verifier, Anytown Council", history[^1].ChangedBy);
    }
}
