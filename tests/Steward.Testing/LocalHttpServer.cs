using System.Net;
using System.Net.Sockets;

namespace Steward.Testing;

/// <summary>
/// A real HTTP server on 127.0.0.1 for tests that download: it answers each request with what the handler gives
/// and counts the requests it served.
/// </summary>
public sealed class LocalHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<Uri, HttpReply> _handler;
    private readonly Task _loop;
    private int _requests;

    /// <param name="handler">Given the request path (e.g. <c>/schema/release-schema.json</c>), the status and body.</param>
    public LocalHttpServer(Func<string, (int Status, byte[] Body)> handler)
        : this(uri => handler(uri.AbsolutePath) is var (status, body) ? new HttpReply(status, body) : HttpReply.NotFound())
    {
    }

    /// <param name="handler">Given the request's URL (with its query), the reply.</param>
    public LocalHttpServer(Func<Uri, HttpReply> handler)
    {
        _handler = handler;
        var port = FreePort();
        BaseUri = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseUri.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri BaseUri { get; }

    /// <summary>Requests served so far.</summary>
    public int Requests => Volatile.Read(ref _requests);

    public void Dispose()
    {
        _listener.Stop();
        try
        {
            _listener.Close();
        }
        catch (HttpListenerException)
        {
            // Stopping released the port; closing looks up the port's endpoint again to remove the prefix and, when
            // another test has bound that port meanwhile, fails with "address already in use". Nothing of this server
            // is left listening either way (a CI run failed on it once).
        }

        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends with the listener.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            Interlocked.Increment(ref _requests);
            var reply = _handler(context.Request.Url!);
            if (reply.Drop)
            {
                // Promise a long body, send a little of it, and cut the connection: a dropped connection mid-answer.
                context.Response.StatusCode = 200;
                context.Response.ContentLength64 = 1 << 20;
                try
                {
                    await context.Response.OutputStream.WriteAsync("{\"releases\":["u8.ToArray());
                    await context.Response.OutputStream.FlushAsync();
                }
                catch (HttpListenerException)
                {
                    // The client may already be gone.
                }

                context.Response.Abort();
                continue;
            }

            context.Response.StatusCode = reply.Status;
            foreach (var (name, value) in reply.Headers)
            {
                context.Response.Headers[name] = value;
            }

            context.Response.ContentLength64 = reply.Body.Length;
            await context.Response.OutputStream.WriteAsync(reply.Body);
            context.Response.Close();
        }
    }
}
