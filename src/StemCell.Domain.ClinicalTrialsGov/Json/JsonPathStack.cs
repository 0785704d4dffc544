using System.Globalization;
using System.Text;

namespace StemCell.Domain.ClinicalTrialsGov.Json;

/// <summary>
/// Where a reader is in a document, kept as a stack of property names and array indices and written out as a JSON
/// path (<c>$.studies[2].protocolSection.designModule.phases[0]</c>) only when there is something to report.
/// </summary>
internal sealed class JsonPathStack
{
    private string?[] _names = new string?[32];
    private int[] _indices = new int[32];
    private int _count;

    internal void Push(string name)
    {
        EnsureRoom();
        _names[_count] = name;
        _count++;
    }

    internal void Push(int index)
    {
        EnsureRoom();
        _names[_count] = null;
        _indices[_count] = index;
        _count++;
    }

    internal void Pop() => _count--;

    internal void Clear() => _count = 0;

    public override string ToString()
    {
        var path = new StringBuilder("$");
        for (var i = 0; i < _count; i++)
        {
            if (_names[i] is { } name)
            {
                path.Append('.').Append(name);
            }
            else
            {
                path.Append('[').Append(_indices[i].ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }

        return path.ToString();
    }

    private void EnsureRoom()
    {
        if (_count == _names.Length)
        {
            Array.Resize(ref _names, _count * 2);
            Array.Resize(ref _indices, _count * 2);
        }
    }
}
