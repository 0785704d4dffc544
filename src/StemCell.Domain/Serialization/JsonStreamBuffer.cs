using System.Buffers;
using System.Text.Json;
using System.Globalization;
using StemCell.Domain.Model;

namespace StemCell.Domain.Serialization;

/// <summary>
/// A window onto a UTF-8 JSON stream that hands out one token or one whole value at a time, so a document of any
/// size is read in memory bounded by its largest single value. Each method is synchronous and answers false when
/// the window does not yet hold what was asked for; the caller then awaits <see cref="FillAsync"/> and asks again.
/// </summary>
internal sealed class JsonStreamBuffer : IDisposable
{
    private const int InitialSize = 64 * 1024;

    private readonly Stream _stream;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _isFinalBlock;
    private JsonReaderState _state;
    private bool _byteOrderMarkChecked;

    // The zero-based line and byte position in it at _start.
    private long _line;
    private long _column;
    private long _lastTokenLine;
    private long _lastTokenPosition;

    // Shared by the readers of every value read from the stream, so that a study repeats the texts of those before it.
    private readonly TextPool _texts = new();

    internal JsonStreamBuffer(Stream stream, int maxDepth)
    {
        _stream = stream;
        _buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
        _state = new JsonReaderState(new JsonReaderOptions { MaxDepth = maxDepth });
    }

    /// <summary>Reads more of the stream into the window, growing it when a single value fills it.</summary>
    internal async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (_isFinalBlock)
        {
            return;
        }

        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            Buffer.BlockCopy(_buffer, 0, larger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            _isFinalBlock = true;
        }
        else
        {
            _end += read;
            SkipByteOrderMarkAtStart();
        }
    }

    /// <summary>
    /// Reads the next token, or with <paramref name="peek"/> only looks at it; at the end of the document (after the
    /// root value) the token is <see cref="JsonTokenType.None"/>.
    /// </summary>
    internal bool TryRead(out JsonTokenType tokenType, out string? text, bool peek = false)
    {
        var reader = CreateReader();
        if (!reader.Read())
        {
            tokenType = JsonTokenType.None;
            text = null;
            return _isFinalBlock;
        }

        tokenType = reader.TokenType;
        text = !peek && tokenType is JsonTokenType.PropertyName or JsonTokenType.String ? reader.GetString() : null;
        if (!peek)
        {
            (_lastTokenLine, _lastTokenPosition) = LocationOf(reader.TokenStartIndex);
            Commit(ref reader);
        }

        return true;
    }

    /// <summary>
    /// Reads the value that starts at the next token with the document's reader, once all of it is in the buffer;
    /// false when more of the stream is needed first.
    /// </summary>
    internal bool TryReadValue<T>(ValueReader<T> read, ProblemCollector problems, StemCellJsonReaderOptions options, out T? value)
    {
        var json = CreateReader();
        value = default;
        var probe = json;
        if (!probe.Read() || !probe.TrySkip())
        {
            // A value cut short by the end of the stream is malformed JSON, which the probe reports when it is final.
            return false;
        }

        var hadProblems = !problems.IsEmpty;
        var reader = new DocumentReader(json, _buffer.AsSpan(_start, _end - _start), problems, options, _line, -_column, _texts);
        reader.Read();
        value = read(ref reader);
        if (!hadProblems && reader.FirstLocation is { } location)
        {
            FirstLocation = location;
        }

        json = reader.Json;
        Commit(ref json);
        return true;
    }

    /// <summary>Gets the line and position of the first problem, when it has one.</summary>
    internal (long Line, long Position)? FirstLocation { get; private set; }

    /// <summary>Adds a problem at the token read last, with its line and position.</summary>
    internal void Problem(ProblemCollector problems, string message)
    {
        if (problems.IsEmpty)
        {
            FirstLocation = (_lastTokenLine, _lastTokenPosition);
        }

        problems.Add(string.Empty, string.Create(CultureInfo.InvariantCulture, $"{message} (line {_lastTokenLine + 1}, position {_lastTokenPosition + 1})"));
    }

    /// <summary>Adds the problem of malformed JSON.</summary>
    internal void Malformed(JsonException error, ProblemCollector problems)
    {
        var reader = new DocumentReader(default, [], problems, StemCellJsonReaderOptions.Strict);
        var hadProblems = !problems.IsEmpty;
        reader.Malformed(error);
        if (!hadProblems)
        {
            FirstLocation = reader.FirstLocation;
        }
    }

    internal bool TrySkipValue()
    {
        var reader = CreateReader();
        if (!reader.Read() || !reader.TrySkip())
        {
            return false;
        }

        Commit(ref reader);
        return true;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private Utf8JsonReader CreateReader() => new(_buffer.AsSpan(_start, _end - _start), _isFinalBlock, _state);

    private void Commit(ref Utf8JsonReader reader)
    {
        // The line and position at the new start, counted over what was read, so every problem's line is the document's.
        var consumed = _buffer.AsSpan(_start, (int)reader.BytesConsumed);
        var newlines = consumed.Count((byte)'\n');
        _line += newlines;
        _column = newlines == 0 ? _column + consumed.Length : consumed.Length - consumed.LastIndexOf((byte)'\n') - 1;
        _start += consumed.Length;
        _state = reader.CurrentState;
    }

    /// <summary>The line and position of an offset from the buffer's start.</summary>
    private (long Line, long Position) LocationOf(long offset)
    {
        var before = _buffer.AsSpan(_start, (int)offset);
        var newlines = before.Count((byte)'\n');
        return newlines == 0 ? (_line, _column + offset) : (_line + newlines, offset - before.LastIndexOf((byte)'\n') - 1);
    }

    private void SkipByteOrderMarkAtStart()
    {
        // Only the first three bytes of the stream can be a UTF-8 byte order mark; look once they are here.
        if (_byteOrderMarkChecked || _end < 3)
        {
            return;
        }

        _byteOrderMarkChecked = true;
        if (_buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
        {
            _start = 3;
        }
    }
}
