using System.Collections.Concurrent;

namespace Steward.Web.Accounts;

/// <summary>
/// Password-reset e-mails per account: at most <see cref="PerHour"/> an hour, whoever asks, so that nobody can flood a
/// person's inbox (the page's answer does not change, so it tells nobody whether the limit was reached).
/// </summary>
public sealed class ResetThrottle(TimeProvider time)
{
    public const int PerHour = 3;

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _sent = new(StringComparer.Ordinal);

    /// <summary>Whether another e-mail may go to <paramref name="accountId"/> now (and counts it if so).</summary>
    public bool Allow(string accountId)
    {
        var now = time.GetUtcNow();
        var sent = _sent.GetOrAdd(accountId, _ => new Queue<DateTimeOffset>());
        lock (sent)
        {
            while (sent.Count > 0 && now - sent.Peek() >= TimeSpan.FromHours(1))
            {
                sent.Dequeue();
            }

            if (sent.Count >= PerHour)
            {
                return false;
            }

            sent.Enqueue(now);
            return true;
        }
    }
}
