namespace Steward.Web.Browser.Tests;

/// <summary>
/// The real clock moved on by an offset the test sets: a tender's deadline can pass in a second while everything
/// else (sessions, codes) keeps running on time as it would days later. Identity's authenticator codes use the
/// machine's clock, so a test computes them with <see cref="TimeProvider.System"/>.
/// </summary>
internal sealed class ShiftedClock : TimeProvider
{
    private long _ticks;

    public TimeSpan Offset
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));
        set => Interlocked.Exchange(ref _ticks, value.Ticks);
    }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
