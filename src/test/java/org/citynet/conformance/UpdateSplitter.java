package org.citynet.conformance;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/** Cuts one SPARQL Update request into one request per operation, and big INSERT DATA into pieces. */
final class UpdateSplitter {

    private UpdateSplitter() {
    }

    static List<String> split(String update, int quadsPerPiece) {
        UpdateRequest request = UpdateFactory.create(update);
        List<String> parts = new ArrayList<>();
        for (Update operation : request.getOperations()) {
            if (operation instanceof UpdateDataInsert insert && insert.getQuads().size() > quadsPerPiece) {
                List<Quad> quads = insert.getQuads();
                for (int from = 0; from < quads.size(); from += quadsPerPiece) {
                    QuadDataAcc piece = new QuadDataAcc();
                    quads.subList(from, Math.min(quads.size(), from + quadsPerPiece)).forEach(piece::addQuad);
                    parts.add(one(request, new UpdateDataInsert(piece)));
                }
            } else {
                parts.add(one(request, operation));
            }
        }
        return parts;
    }

    private static String one(UpdateRequest original, Update operation) {
        UpdateRequest single = new UpdateRequest();
        single.setPrefixMapping(original.getPrefixMapping());
        single.add(operation);
        return single.toString();
    }
}
