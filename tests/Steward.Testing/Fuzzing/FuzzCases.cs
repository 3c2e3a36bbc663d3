using CsCheck;

namespace Steward.Testing.Fuzzing;

/// <summary>
/// Runs a property over a fixed number of generated cases from fixed seeds, so that every run (and CI) tries the
/// same inputs in bounded time. A failure names the case and shows its input, which reruns it alone.
/// </summary>
public static class FuzzCases
{
    /// <summary>The <paramref name="count"/> cases of <paramref name="gen"/> for <paramref name="seed"/>, in order.</summary>
    public static IEnumerable<(int Index, T Value)> Of<T>(Gen<T> gen, int count, uint seed)
    {
        ArgumentNullException.ThrowIfNull(gen);
        for (var i = 0; i < count; i++)
        {
            var pcg = new PCG(seed, (ulong)i * 7919UL + 1);
            yield return (i, gen.Generate(pcg, null!, out _));
        }
    }

    /// <summary>Checks <paramref name="property"/> on each case; the first failure is rethrown with the case's input.</summary>
    public static void Check<T>(Gen<T> gen, int count, uint seed, Action<T> property, Func<T, string>? show = null)
    {
        ArgumentNullException.ThrowIfNull(property);
        foreach (var (index, value) in Of(gen, count, seed))
        {
            try
            {
                property(value);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                throw new FuzzFailureException($"case {index} of seed {seed} failed: {exception.Message}\ninput: {Shorten(show?.Invoke(value) ?? value?.ToString())}", exception);
            }
        }
    }

    /// <summary>As <see cref="Check{T}"/>, for an asynchronous property.</summary>
    public static async Task CheckAsync<T>(Gen<T> gen, int count, uint seed, Func<T, Task> property, Func<T, string>? show = null)
    {
        ArgumentNullException.ThrowIfNull(property);
        foreach (var (index, value) in Of(gen, count, seed))
        {
            try
            {
                await property(value).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                throw new FuzzFailureException($"case {index} of seed {seed} failed: {exception.Message}\ninput: {Shorten(show?.Invoke(value) ?? value?.ToString())}", exception);
            }
        }
    }

    private static string Shorten(string? text) =>
        text is null ? "(null)" : text.Length <= 4000 ? text : $"{text[..4000]}… ({text.Length:N0} characters)";
}
