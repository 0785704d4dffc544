using System.Buffers;
using System.Text.Json;

namespace StemCell.Domain.ClinicalTrialsGov.Json;

/// <summary>
/// A window onto a UTF-8 JSON stream, read forward token by token in memory bounded by the largest single token
/// (not the largest value): a 1.5 MB results section is skipped through a window of a few kilobytes.
/// </summary>
/// <remarks>
/// <see cref="Utf8JsonReader"/> is a ref struct, so it cannot live across an iterator's <c>yield</c>; this class
/// keeps what survives between records (the buffer and the reader's state), and <see cref="Open"/> hands out a
/// <see cref="JsonCursor"/> that reads on from there and refills the window as it goes.
/// </remarks>
internal sealed class JsonInput : IDisposable
{
    private const int InitialSize = 16 * 1024;

    private Stream _stream;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _isFinalBlock;
    private bool _byteOrderMarkChecked;
    private JsonReaderState _state;
    private long _discardedLines;
    private long _discardedColumn;

    internal JsonInput(Stream stream)
    {
        _stream = stream;
        _buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
    }

    internal bool IsFinalBlock => _isFinalBlock;

    /// <summary>Gets or sets a value indicating whether a token has been read, so an error is not at the document's start.</summary>
    internal bool HasReadToken { get; set; }

    /// <summary>Gets the first bytes not yet read, for describing input that is not JSON at all.</summary>
    internal ReadOnlySpan<byte> Unread => _buffer.AsSpan(_start, _end - _start);

    /// <summary>Starts reading another stream with the same buffer, as a zip's entries are read one after another.</summary>
    internal void Reset(Stream stream)
    {
        _stream = stream;
        _start = 0;
        _end = 0;
        _isFinalBlock = false;
        _byteOrderMarkChecked = false;
        _state = default;
        _discardedLines = 0;
        _discardedColumn = 0;
        HasReadToken = false;
    }

    internal JsonCursor Open() => new(this);

    internal Utf8JsonReader CreateReader() => new(_buffer.AsSpan(_start, _end - _start), _isFinalBlock, _state);

    internal void Commit(long bytesConsumed, JsonReaderState state)
    {
        _start += (int)bytesConsumed;
        _state = state;
    }

    /// <summary>Reads more of the stream into the window, growing the window only when one token fills all of it.</summary>
    internal void Fill()
    {
        if (_isFinalBlock)
        {
            return;
        }

        if (_start > 0)
        {
            CountLines(_buffer.AsSpan(0, _start), ref _discardedLines, ref _discardedColumn);
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

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _isFinalBlock = true;
            return;
        }

        _end += read;
        if (!_byteOrderMarkChecked && _end >= 3)
        {
            // Only the stream's first three bytes can be a UTF-8 byte order mark, which Utf8JsonReader does not skip.
            _byteOrderMarkChecked = true;
            if (_buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
            {
                _start = 3;
            }
        }
    }

    /// <summary>Gets where the input ends, for input that ends inside a value (the reader reports no place for that).</summary>
    /// <returns>Text such as <c>line 126, position 31</c>, counted as the reader counts: lines from 1, bytes within the line from 1.</returns>
    internal string EndLocation()
    {
        var lines = _discardedLines;
        var column = _discardedColumn;
        CountLines(_buffer.AsSpan(0, _end), ref lines, ref column);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"line {lines + 1}, position {column + 1}");
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void CountLines(ReadOnlySpan<byte> bytes, ref long lines, ref long column)
    {
        var lastNewLine = bytes.LastIndexOf((byte)'\n');
        if (lastNewLine < 0)
        {
            column += bytes.Length;
            return;
        }

        lines += bytes.Count((byte)'\n');
        column = bytes.Length - lastNewLine - 1;
    }
}

/// <summary>Reads tokens from a <see cref="JsonInput"/>, refilling its window whenever the reader runs dry.</summary>
/// <remarks>
/// A token's value (<see cref="GetString"/>, <see cref="ValueTextEquals"/>) is valid until the next read. Call
/// <see cref="Commit"/> before the cursor goes out of scope so the input resumes where it stopped.
/// </remarks>
internal ref struct JsonCursor
{
    private readonly JsonInput _input;
    private Utf8JsonReader _reader;

    internal JsonCursor(JsonInput input)
    {
        _input = input;
        _reader = input.CreateReader();
    }

    internal readonly JsonTokenType TokenType => _reader.TokenType;

    internal readonly int CurrentDepth => _reader.CurrentDepth;

    internal readonly bool ValueIsEscaped => _reader.ValueIsEscaped;

    internal readonly ReadOnlySpan<byte> ValueSpan => _reader.ValueSpan;

    /// <summary>Reads the next token; false only at the end of the input, after the root value.</summary>
    /// <exception cref="JsonException">The input is not well-formed JSON.</exception>
    internal bool TryRead()
    {
        while (!_reader.Read())
        {
            if (_input.IsFinalBlock)
            {
                return false;
            }

            _input.Commit(_reader.BytesConsumed, _reader.CurrentState);
            _input.Fill();
            _reader = _input.CreateReader();
        }

        _input.HasReadToken = true;
        return true;
    }

    /// <summary>Reads the next token inside a value, where the input cannot end.</summary>
    /// <exception cref="JsonException">The input is not well-formed JSON.</exception>
    internal void Read()
    {
        if (!TryRead())
        {
            throw new JsonException("The input ends inside a value.");
        }
    }

    /// <summary>Skips the value the cursor is at (or the value of the property name it is at), leaving it on the value's last token.</summary>
    /// <exception cref="JsonException">The input is not well-formed JSON.</exception>
    internal void Skip()
    {
        if (_reader.TokenType == JsonTokenType.PropertyName)
        {
            Read();
        }

        if (_reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        // The reader's own skip is fastest when the whole value is in the window; otherwise go token by token,
        // so a large value never has to fit in memory.
        var probe = _reader;
        if (probe.TrySkip())
        {
            _reader = probe;
            return;
        }

        var depth = _reader.CurrentDepth;
        do
        {
            Read();
        }
        while (_reader.CurrentDepth > depth);
    }

    internal readonly bool ValueTextEquals(ReadOnlySpan<byte> utf8Text) => _reader.ValueTextEquals(utf8Text);

    internal readonly string? GetString() => _reader.GetString();

    internal readonly bool TryGetInt32(out int value) => _reader.TryGetInt32(out value);

    internal readonly bool GetBoolean() => _reader.GetBoolean();

    internal readonly void Commit() => _input.Commit(_reader.BytesConsumed, _reader.CurrentState);
}
