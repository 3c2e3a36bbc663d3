using Microsoft.Extensions.Time.Testing;
using Steward.Data.Entities;
using Steward.Testing;

namespace Steward.Data.Tests.Accounts;

/// <summary>Accounts for the store's tests, added as the portal's UserManager would (the store does not hash passwords).</summary>
internal static class AccountsFixture
{
    public static FakeTimeProvider NewClock() => new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));

    public static string AddAccount(TestDatabase database, string email)
    {
        using var context = database.Context();
        var account = new AccountUser { UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant() };
        context.AuditActor = $"account:{account.Id}";
        context.Users.Add(account);
        context.SaveChanges();
        return account.Id;
    }
}
