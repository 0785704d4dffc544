using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

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

    /// <summary>Reads the next token; at the end of the document (after the root value) the token is <see cref="JsonTokenType.None"/>.</summary>
    internal bool TryRead(out JsonTokenType tokenType, out string? text)
    {
        var reader = CreateReader();
        if (!reader.Read())
        {
            tokenType = JsonTokenType.None;
            text = null;
            return _isFinalBlock;
        }

        tokenType = reader.TokenType;
        text = tokenType is JsonTokenType.PropertyName or JsonTokenType.String ? reader.GetString() : null;
        Commit(ref reader);
        return true;
    }

    /// <summary>Looks at the next token without consuming it.</summary>
    internal bool TryPeek(out JsonTokenType tokenType)
    {
        var reader = CreateReader();
        if (!reader.Read())
        {
            tokenType = JsonTokenType.None;
            return _isFinalBlock;
        }

        tokenType = reader.TokenType;
        return true;
    }

    /// <summary>Reads the next whole value as <typeparamref name="T"/> once all of it is in the window.</summary>
    internal bool TryReadValue<T>(JsonTypeInfo<T> typeInfo, out T? value)
    {
        var reader = CreateReader();
        value = default;
        if (!reader.Read())
        {
            return false;
        }

        // The serializer reads the value that starts at the reader's current token; it needs all of it at once.
        var probe = reader;
        if (!probe.TrySkip())
        {
            if (_isFinalBlock)
            {
                // Let the serializer report the truncated value with its position.
                _ = JsonSerializer.Deserialize(ref reader, typeInfo);
            }

            return false;
        }

        value = JsonSerializer.Deserialize(ref reader, typeInfo);
        Commit(ref reader);
        return true;
    }

    /// <summary>Skips the next whole value once all of it is in the window.</summary>
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
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
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
