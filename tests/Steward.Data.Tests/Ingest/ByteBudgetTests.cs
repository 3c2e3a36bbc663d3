using Steward.Data.Ingest;

namespace Steward.Data.Tests.Ingest;

/// <summary>The bytes one import thread may hand to the next: a hand-over waits while the next has too much, never when it has none.</summary>
public sealed class ByteBudgetTests
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(200);

    [Fact]
    public async Task Take_BeyondTheLimit_WaitsUntilEnoughIsGiven_ButOneLargeTakePassesAlone()
    {
        // Arrange
        var cancel = TestContext.Current.CancellationToken;
        var budget = new ByteBudget(100);
        budget.Take(500, cancel); // larger than the limit, with nothing in flight: passes

        // Act: a second take has to wait for the first to be given back
        var second = Task.Run(() => budget.Take(10, cancel), cancel);
        var waitedWhileFull = await Task.WhenAny(second, Task.Delay(Short, cancel)) != second;
        budget.Give(500);

        // Assert
        Assert.True(waitedWhileFull);
        await second.WaitAsync(Long, cancel);
    }

    [Fact]
    public async Task WaitIdle_ReturnsOnceEverythingIsGiven()
    {
        // Arrange
        var cancel = TestContext.Current.CancellationToken;
        var budget = new ByteBudget(100);
        budget.Take(30, cancel);
        budget.Take(30, cancel);

        // Act
        var idle = Task.Run(() => budget.WaitIdle(cancel), cancel);
        var waitedWhileBusy = await Task.WhenAny(idle, Task.Delay(Short, cancel)) != idle;
        budget.Give(30);
        var waitedForTheLast = await Task.WhenAny(idle, Task.Delay(Short, cancel)) != idle;
        budget.Give(30);

        // Assert
        Assert.True(waitedWhileBusy);
        Assert.True(waitedForTheLast);
        await idle.WaitAsync(Long, cancel);
    }

    [Fact]
    public async Task Take_AndWaitIdle_StopWhenCancelled()
    {
        // Arrange
        var cancel = TestContext.Current.CancellationToken;
        var budget = new ByteBudget(100);
        budget.Take(100, cancel);
        using var stop = new CancellationTokenSource();

        // Act
        var take = Task.Run(() => budget.Take(1, stop.Token), cancel);
        var idle = Task.Run(() => budget.WaitIdle(stop.Token), cancel);
        await Task.Delay(100, cancel);
        await stop.CancelAsync();

        // Assert
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => take.WaitAsync(Long, cancel));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => idle.WaitAsync(Long, cancel));
    }
}
