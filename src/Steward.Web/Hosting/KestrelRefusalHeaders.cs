using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using Microsoft.AspNetCore.Connections;

namespace Steward.Web.Hosting;

/// <summary>
/// Kestrel answers some requests itself, before the portal sees them (400 for a malformed request, 414 for a URL too
/// long, 431 for headers too large), and those answers have none of <see cref="SecurityHeaders"/>. This connection
/// middleware adds them to any response head that lacks them, as it is written to the connection. Responses the
/// portal makes already carry them and pass unchanged. It sees the bytes as Kestrel writes them, so it works on plain
/// HTTP (behind a proxy that ends TLS); where Kestrel itself ends TLS it sits outside the encryption and adds nothing.
/// </summary>
public static class KestrelRefusalHeaders
{
    private static readonly byte[] Marker = "\r\nX-Content-Type-Options:"u8.ToArray();

    private static readonly byte[] Lines = Encoding.ASCII.GetBytes(
        $"\r\nContent-Security-Policy: {SecurityHeaders.ContentSecurityPolicy}\r\nX-Content-Type-Options: nosniff\r\nX-Frame-Options: DENY" +
        "\r\nReferrer-Policy: strict-origin-when-cross-origin\r\nPermissions-Policy: camera=(), microphone=(), geolocation=(), payment=()");

    /// <summary>The connection middleware (for <c>ListenOptions.Use</c>).</summary>
    public static Func<ConnectionDelegate, ConnectionDelegate> Middleware { get; } = next => connection =>
    {
        var transport = connection.Transport;
        connection.Transport = new Pipe(transport.Input, new HeadWriter(transport.Output));
        return next(connection);
    };

    /// <summary>Adds the headers to a response head that lacks them; anything else unchanged.</summary>
    public static ReadOnlyMemory<byte> WithHeaders(ReadOnlyMemory<byte> written)
    {
        var span = written.Span;
        if (!span.StartsWith("HTTP/1."u8))
        {
            return written;
        }

        var headEnd = span.IndexOf("\r\n\r\n"u8);
        var lineEnd = span.IndexOf("\r\n"u8);
        if (headEnd < 0 || lineEnd < 0 || span[..headEnd].IndexOf(Marker) >= 0)
        {
            return written;
        }

        var result = new byte[written.Length + Lines.Length];
        span[..lineEnd].CopyTo(result);
        Lines.CopyTo(result, lineEnd);
        span[lineEnd..].CopyTo(result.AsSpan(lineEnd + Lines.Length));
        return result;
    }

    private sealed class Pipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;

        public PipeWriter Output { get; } = output;
    }

    /// <summary>Collects what is written until a flush, then passes it on, with the headers added when it is a bare response head.</summary>
    private sealed class HeadWriter(PipeWriter inner) : PipeWriter
    {
        private readonly ArrayBufferWriter<byte> _pending = new(4096);

        public override bool CanGetUnflushedBytes => true;

        public override long UnflushedBytes => _pending.WrittenCount;

        public override void Advance(int bytes) => _pending.Advance(bytes);

        public override Memory<byte> GetMemory(int sizeHint = 0) => _pending.GetMemory(sizeHint);

        public override Span<byte> GetSpan(int sizeHint = 0) => _pending.GetSpan(sizeHint);

        public override void CancelPendingFlush() => inner.CancelPendingFlush();

        public override void Complete(Exception? exception = null)
        {
            Forward();
            inner.Complete(exception);
        }

        public override ValueTask CompleteAsync(Exception? exception = null)
        {
            Forward();
            return inner.CompleteAsync(exception);
        }

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
        {
            Forward();
            return inner.FlushAsync(cancellationToken);
        }

        private void Forward()
        {
            if (_pending.WrittenCount == 0)
            {
                return;
            }

            inner.Write(WithHeaders(_pending.WrittenMemory).Span);
            _pending.ResetWrittenCount();
        }
    }
}
