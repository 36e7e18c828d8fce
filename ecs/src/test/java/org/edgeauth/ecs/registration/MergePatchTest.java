package org.edgeauth.ecs.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class MergePatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** RFC 7396 Appendix A, all test cases (single quotes for JSON quotes). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "{'a':'b'}                         | {'a':'c'}               | {'a':'c'}",
            "{'a':'b'}                         | {'b':'c'}               | {'a':'b','b':'c'}",
            "{'a':'b'}                         | {'a':null}              | {}",
            "{'a':'b','b':'c'}                 | {'a':null}              | {'b':'c'}",
            "{'a':['b']}                       | {'a':'c'}               | {'a':'c'}",
            "{'a':'c'}                         | {'a':['b']}             | {'a':['b']}",
            "{'a':{'b':'c'}}                   | {'a':{'b':'d','c':null}} | {'a':{'b':'d'}}",
            "{'a':[{'b':'c'}]}                 | {'a':[1]}               | {'a':[1]}",
            "['a','b']                         | ['c','d']               | ['c','d']",
            "{'a':'b'}                         | ['c']                   | ['c']",
            "{'a':'foo'}                       | null                    | null",
            "{'a':'foo'}                       | 'bar'                   | 'bar'",
            "{'e':null}                        | {'a':1}                 | {'e':null,'a':1}",
            "[1,2]                             | {'a':'b','c':null}      | {'a':'b'}",
            "{}                                | {'a':{'bb':{'ccc':null}}} | {'a':{'bb':{}}}" })
    void appliesTheRfcExamples(String target, String patch, String expected) throws Exception {
        assertEquals(json(expected), MergePatch.apply(json(target), json(patch)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = { "{'a':{'b':1}} | {'a':{'c':2}}" })
    void leavesItsArgumentsAlone(String target, String patch) throws Exception {
        JsonNode targetNode = json(target);
        JsonNode patchNode = json(patch);

        MergePatch.apply(targetNode, patchNode);

        assertEquals(json(target), targetNode);
        assertEquals(json(patch), patchNode);
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }
}
