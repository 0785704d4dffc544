using System.Net;
using System.Net.Sockets;
using System.Text;

namespace StemCell.Domain.ClinicalTrialsGov.Tests.TestSupport;

/// <summary>
/// A stand-in for the registry's API on a loopback port, so client tests need no network. It serves one request per
/// connection (HTTP/1.1 with <c>Connection: close</c>), records what it received, answers each request with what the
/// test's handler says (several connections at once), and answers 400 to any request beyond its limit so that a runaway client fails the test.
/// Dispose it (<c>await using</c>) to stop it.
/// </summary>
internal sealed class LoopbackRegistry : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly Func<ReceivedRequest, CancellationToken, Task<Reply>> _handler;
    private readonly int _maxRequests;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<ReceivedRequest> _requests = [];
    private readonly Task _serving;

    private LoopbackRegistry(Func<ReceivedRequest, CancellationToken, Task<Reply>> handler, int maxRequests)
    {
        _handler = handler;
        _maxRequests = maxRequests;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        var port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/api/v2/");
        _serving = Task.Run(ServeAsync);
    }

    /// <summary>Gets an <see cref="HttpClient"/> without a base address that reaches this server; disposed with the server.</summary>
    public HttpClient HttpClient { get; } = CreateHttpClient();

    /// <summary>Gets the address to give the client: the API's folder on this server.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Gets the requests received so far, in order.</summary>
    public IReadOnlyList<ReceivedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public static LoopbackRegistry Start(Func<ReceivedRequest, Reply> handler, int maxRequests = 10) =>
        new((request, _) => Task.FromResult(handler(request)), maxRequests);

    public static LoopbackRegistry Start(Func<ReceivedRequest, CancellationToken, Task<Reply>> handler, int maxRequests = 10) =>
        new(handler, maxRequests);

    /// <summary>Makes an <see cref="HttpClient"/> that reaches this server directly, whatever proxy the environment names.</summary>
    public static HttpClient CreateHttpClient() => new(new SocketsHttpHandler { UseProxy = false });

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _serving;
        _stop.Dispose();
        HttpClient.Dispose();
    }

    private async Task ServeAsync()
    {
        // Connections are answered concurrently, so a request the handler holds back does not block the next one.
        var answering = new List<Task>();
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                var connection = await _listener.AcceptTcpClientAsync(_stop.Token);
                answering.Add(Task.Run(() => AnswerConnectionAsync(connection)));
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException or InvalidOperationException)
            {
                // Stopped, possibly before the first accept (InvalidOperationException: not listening).
                break;
            }
        }

        await Task.WhenAll(answering);
    }

    private async Task AnswerConnectionAsync(TcpClient connection)
    {
        using (connection)
        {
            try
            {
                await AnswerAsync(connection.GetStream());
            }
            catch (Exception exception) when (exception is IOException or OperationCanceledException or SocketException)
            {
                // The client went away (a canceled request, a timeout) or the server is stopping.
            }
        }
    }

    private async Task AnswerAsync(NetworkStream stream)
    {
        var head = await ReadHeadAsync(stream);
        if (head is null)
        {
            return;
        }

        var target = head[..head.IndexOf("\r\n", StringComparison.Ordinal)].Split(' ')[1];
        var request = new ReceivedRequest(target);
        int count;
        lock (_requests)
        {
            _requests.Add(request);
            count = _requests.Count;
        }

        var reply = count > _maxRequests
            ? Reply.Text(HttpStatusCode.BadRequest, $"The test server takes at most {_maxRequests} requests.")
            : await _handler(request, _stop.Token);
        var text = new StringBuilder()
            .Append($"HTTP/1.1 {(int)reply.Status} {reply.Status}\r\n")
            .Append($"Content-Length: {reply.Body.Length + (reply.CutShort ? 1000 : 0)}\r\n")
            .Append("Connection: close\r\n");
        if (reply.ContentType is not null)
        {
            text.Append($"Content-Type: {reply.ContentType}\r\n");
        }

        foreach (var (name, value) in reply.Headers)
        {
            text.Append($"{name}: {value}\r\n");
        }

        await stream.WriteAsync(Encoding.ASCII.GetBytes(text.Append("\r\n").ToString()), _stop.Token);
        await stream.WriteAsync(reply.Body, _stop.Token);
    }

    private async Task<string?> ReadHeadAsync(NetworkStream stream)
    {
        var buffer = new byte[16 * 1024];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length), _stop.Token);
            if (read == 0)
            {
                return null;
            }

            length += read;
            var head = Encoding.ASCII.GetString(buffer, 0, length);
            if (head.Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                return head;
            }
        }

        return null;
    }
}

/// <summary>A request the loopback registry received.</summary>
/// <param name="Target">The request target as sent, such as <c>/api/v2/studies?format=json&amp;pageSize=5</c>.</param>
internal sealed record ReceivedRequest(string Target)
{
    /// <summary>Gets the path, such as <c>/api/v2/studies/NCT03418623</c>.</summary>
    public string Path => Target.Split('?')[0];

    /// <summary>Gets the query parameters, URL-decoded.</summary>
    public IReadOnlyDictionary<string, string> Query =>
        Target.Contains('?', StringComparison.Ordinal)
            ? Target[(Target.IndexOf('?', StringComparison.Ordinal) + 1)..]
                .Split('&')
                .Select(pair => pair.Split('=', 2))
                .ToDictionary(pair => Uri.UnescapeDataString(pair[0]), pair => Uri.UnescapeDataString(pair[1]))
            : new Dictionary<string, string>();
}

/// <summary>What the loopback registry answers.</summary>
internal sealed record Reply(HttpStatusCode Status, byte[] Body, string? ContentType, IReadOnlyList<(string Name, string Value)> Headers, bool CutShort = false)
{
    /// <summary>
    /// Starts a 200 response and closes the connection halfway through its body, as a dropped connection does. (A
    /// connection closed before any response would not do: <see cref="SocketsHttpHandler"/> retries that itself.)
    /// </summary>
    public static Reply Dropped { get; } = new(HttpStatusCode.OK, "{\"studies\":["u8.ToArray(), "application/json", [], CutShort: true);

    public static Reply Json(byte[] body) => new(HttpStatusCode.OK, body, "application/json", []);

    public static Reply File(string name) => Json(ClientTestFiles.Read(name));

    public static Reply Html(HttpStatusCode status, byte[] body) => new(status, body, "text/html; charset=utf-8", []);

    public static Reply Text(HttpStatusCode status, string body, params (string Name, string Value)[] headers) =>
        new(status, Encoding.UTF8.GetBytes(body), "text/plain; charset=utf-8", headers);
}

/// <summary>The client tests' data files (<c>TestData/ctgov-client/README.md</c> says what each is).</summary>
internal static class ClientTestFiles
{
    public static byte[] Read(string name) => System.IO.File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "ctgov-client", name));
}
