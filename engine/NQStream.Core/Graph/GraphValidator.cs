namespace NQStream.Core.Graph;

/// <summary>
/// Checks a declared graph (names unique and not reserved, every input exists, no cycle) and orders it
/// so every operator comes after its inputs. Deterministic: ties keep declaration order.
/// </summary>
internal static class GraphValidator
{
    /// <summary>Returns the indexes of <paramref name="inputs"/> in topological order, or throws with a one-line reason.</summary>
    /// <param name="names">Operator names in declaration order.</param>
    /// <param name="inputs">Each operator's input names (<see cref="OperatorGraphBuilder{T}.Source"/> is the ring).</param>
    public static int[] Order(IReadOnlyList<string> names, IReadOnlyList<string[]> inputs)
    {
        if (names.Count == 0)
        {
            throw new GraphValidationException("operator graph has no operators");
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], OperatorGraphBuilder<int>.Source, StringComparison.Ordinal))
            {
                throw new GraphValidationException($"operator name '{names[i]}' is reserved for the ring input");
            }

            if (!index.TryAdd(names[i], i))
            {
                throw new GraphValidationException($"operator '{names[i]}' is declared twice");
            }
        }

        for (var i = 0; i < names.Count; i++)
        {
            foreach (var input in inputs[i])
            {
                if (!string.Equals(input, OperatorGraphBuilder<int>.Source, StringComparison.Ordinal) && !index.ContainsKey(input))
                {
                    throw new GraphValidationException($"operator '{names[i]}' names input '{input}', which does not exist");
                }
            }
        }

        ThrowOnCycle(names, inputs, index);
        return TopologicalOrder(names, inputs, index);
    }

    private static void ThrowOnCycle(IReadOnlyList<string> names, IReadOnlyList<string[]> inputs, Dictionary<string, int> index)
    {
        // 0 = unvisited, 1 = on the current path, 2 = done. Iterative DFS following input edges.
        var state = new byte[names.Count];
        var path = new List<int>();
        for (var root = 0; root < names.Count; root++)
        {
            if (state[root] == 0)
            {
                Visit(root, names, inputs, index, state, path);
            }
        }
    }

    private static void Visit(int node, IReadOnlyList<string> names, IReadOnlyList<string[]> inputs, Dictionary<string, int> index, byte[] state, List<int> path)
    {
        state[node] = 1;
        path.Add(node);
        foreach (var input in inputs[node])
        {
            if (!index.TryGetValue(input, out var upstream))
            {
                continue;
            }

            if (state[upstream] == 1)
            {
                // The path holds ... upstream ... node; node reads upstream, so data flows upstream -> ... -> node -> upstream.
                // Reported in data-flow order, starting at the operator declared first.
                var members = path.GetRange(path.IndexOf(upstream), path.Count - path.IndexOf(upstream));
                members.Reverse();
                var first = members.IndexOf(members.Min());
                var cycle = new List<string>(members.Count + 1);
                for (var i = 0; i <= members.Count; i++)
                {
                    cycle.Add(names[members[(first + i) % members.Count]]);
                }

                throw new GraphValidationException($"cycle in operator graph: {string.Join(" -> ", cycle)}");
            }

            if (state[upstream] == 0)
            {
                Visit(upstream, names, inputs, index, state, path);
            }
        }

        path.RemoveAt(path.Count - 1);
        state[node] = 2;
    }

    private static int[] TopologicalOrder(IReadOnlyList<string> names, IReadOnlyList<string[]> inputs, Dictionary<string, int> index)
    {
        var order = new List<int>(names.Count);
        var placed = new bool[names.Count];
        while (order.Count < names.Count)
        {
            for (var i = 0; i < names.Count; i++)
            {
                if (placed[i] || !InputsPlaced(inputs[i], index, placed))
                {
                    continue;
                }

                placed[i] = true;
                order.Add(i);
                break;
            }
        }

        return [.. order];
    }

    private static bool InputsPlaced(string[] inputs, Dictionary<string, int> index, bool[] placed)
    {
        foreach (var input in inputs)
        {
            if (index.TryGetValue(input, out var upstream) && !placed[upstream])
            {
                return false;
            }
        }

        return true;
    }
}
