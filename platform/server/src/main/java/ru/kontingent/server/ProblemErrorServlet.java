package ru.kontingent.server;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import ru.kontingent.platform.problem.Problem;
import ru.kontingent.platform.problem.StatusProblems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Error page for refusals the container makes itself (the JWT mechanism's 401, an oversized
 * header): the same problem+json as everything else, with no server detail.
 */
@WebServlet("/problem/*")
public class ProblemErrorServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute("jakarta.servlet.error.status_code");
        int status = code instanceof Integer value ? value : HttpServletResponse.SC_NOT_FOUND;
        Problem problem = StatusProblems.of(status);
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(ProblemJson.write(problem));
    }
}
