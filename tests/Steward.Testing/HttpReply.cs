namespace Steward.Testing;

/// <summary>What <see cref="LocalHttpServer"/> answers: a status, a body and headers; or a dropped connection.</summary>
public sealed record HttpReply(int Status, byte[] Body)
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Close the connection without an answer, as a network failure would.</summary>
    public bool Drop { get; init; }

    public static HttpReply Ok(byte[] body) => new(200, body);

    public static HttpReply NotFound() => new(404, "not found"u8.ToArray());

    public static HttpReply Dropped() => new(0, []) { Drop = true };
}
