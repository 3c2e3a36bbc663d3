using System.Collections.Concurrent;
using Steward.Core.Analytics;

namespace Steward.Data.Figures;

/// <summary>
/// One stream of views handed to several calculators at once, each on a worker of its own, in the stream's order: the
/// caller's thread reads (the connection is used on it alone), the workers compute. At most a few thousand views wait for
/// each worker, so memory holds the calculators' totals and little of the stream.
/// </summary>
internal static class ViewFanOut
{
    private const int BatchSize = 64;

    /// <summary>
    /// Batches that may wait for a worker: 32 (2,048 views) rather than 4, so that a worker slowed for a moment (four
    /// calculators share two cores with the read) does not stall the read. A new store's read with four calculators
    /// took 0.92 and 1.01 s with 4, 0.83–0.99 s with 32, at 14,670 processes (docs/performance.md, "Every figure of a
    /// new store in one read").
    /// </summary>
    private const int BatchesWaiting = 32;

    /// <summary>
    /// Reads <paramref name="views"/> once and gives every view to both <paramref name="first"/> and <paramref name="second"/>;
    /// returns what each returned. A failure of the read or of either stops both and is thrown here, once both have stopped.
    /// </summary>
    public static (TFirst First, TSecond Second) Run<TFirst, TSecond>(IEnumerable<ProcessView> views,
        Func<IEnumerable<ProcessView>, TFirst> first, Func<IEnumerable<ProcessView>, TSecond> second)
    {
        var results = RunAll(views, v => first(v)!, v => second(v)!);
        return ((TFirst)results[0], (TSecond)results[1]);
    }

    /// <summary>As <see cref="Run{TFirst, TSecond}"/>, with four calculators.</summary>
    public static (T1, T2, T3, T4) Run<T1, T2, T3, T4>(IEnumerable<ProcessView> views, Func<IEnumerable<ProcessView>, T1> first,
        Func<IEnumerable<ProcessView>, T2> second, Func<IEnumerable<ProcessView>, T3> third, Func<IEnumerable<ProcessView>, T4> fourth)
    {
        var results = RunAll(views, v => first(v)!, v => second(v)!, v => third(v)!, v => fourth(v)!);
        return ((T1)results[0], (T2)results[1], (T3)results[2], (T4)results[3]);
    }

    private static object[] RunAll(IEnumerable<ProcessView> views, params Func<IEnumerable<ProcessView>, object>[] consumers)
    {
        using var stop = new CancellationTokenSource();
        var queues = consumers.Select(_ => new BlockingCollection<ProcessView[]>(BatchesWaiting)).ToArray();
        // A thread each (not the pool's, whose threads beyond one a core start only slowly): each blocks on its queue.
        var workers = consumers.Select((consume, i) => Task.Factory.StartNew(() =>
        {
            try
            {
                var result = consume(queues[i].GetConsumingEnumerable(stop.Token).SelectMany(batch => batch));
                foreach (var _ in queues[i].GetConsumingEnumerable(stop.Token))
                {
                    // A consumer that stopped before the end: the rest is taken, so the reader never waits on its full queue.
                }

                return result;
            }
            catch
            {
                stop.Cancel(); // the reader and the other consumers stop too
                throw;
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();

        Exception? failure = null;
        try
        {
            foreach (var batch in views.Chunk(BatchSize))
            {
                foreach (var queue in queues)
                {
                    queue.Add(batch, stop.Token);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // A consumer failed; its exception is the one thrown below.
        }
        catch (Exception exception)
        {
            failure = exception;
            stop.Cancel();
        }
        finally
        {
            foreach (var queue in queues)
            {
                queue.CompleteAdding();
            }
        }

        try
        {
            Task.WaitAll(workers);
        }
        catch (AggregateException aggregate) when (failure is null)
        {
            var first = aggregate.InnerExceptions.FirstOrDefault(e => e is not OperationCanceledException) ?? aggregate.InnerExceptions[0];
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
        }
        catch (AggregateException)
        {
            // The read's own failure is the one reported.
        }
        finally
        {
            foreach (var queue in queues)
            {
                queue.Dispose();
            }
        }

        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }

        return [.. workers.Select(w => w.Result)];
    }
}
