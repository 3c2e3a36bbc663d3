using System.Collections.Concurrent;
using Steward.Core.Analytics;

namespace Steward.Data.Figures;

/// <summary>
/// One stream of views handed to several calculators at once, each on a worker of its own, in the stream's order: the
/// caller's thread reads (the connection is used on it alone), the workers compute. At most a few batches wait for
/// each worker, so memory holds the calculators' totals and little of the stream.
/// </summary>
internal static class ViewFanOut
{
    private const int BatchSize = 64;
    private const int BatchesWaiting = 4;

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

    private static object[] RunAll(IEnumerable<ProcessView> views, params Func<IEnumerable<ProcessView>, object>[] consumers)
    {
        using var stop = new CancellationTokenSource();
        var queues = consumers.Select(_ => new BlockingCollection<ProcessView[]>(BatchesWaiting)).ToArray();
        var workers = consumers.Select((consume, i) => Task.Run(() =>
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
        })).ToArray();

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
