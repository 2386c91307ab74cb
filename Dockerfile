# Multi-stage build: a static newsgraph binary on a distroless base.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/newsgraph .

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/newsgraph /newsgraph
COPY --from=build /src/examples /examples
# In a container the server must listen on every interface to be reached;
# without NEWSGRAPH_API_KEY it then refuses writes through the API.
ENV NEWSGRAPH_ADDR=0.0.0.0:8080
EXPOSE 8080
USER nonroot
ENTRYPOINT ["/newsgraph"]
CMD ["serve"]
