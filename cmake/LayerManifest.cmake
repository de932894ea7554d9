# The allowed edges between the project's libraries, lowest layer first: a library may link (and
# include) the ones listed after its name, nothing else of ours. tests/architecture/check_layers.py
# checks the target graph (cmake --graphviz) against this list; the include paths already make an
# unlisted include fail to compile. Qt and system libraries are not listed.
set(COWORKING_LAYERS
    "coworking_core:"
    "server_observability:coworking_core"
    "server_config:server_observability"
    "server_db:coworking_core server_observability"
    "server_repositories:coworking_core server_db"
    "server_push:coworking_core server_config"
    "server_live:server_config server_db server_observability"
    "server_http:server_config server_observability server_db"
    "server_api:server_http server_live server_db server_observability"
    "server_runner:server_config server_db server_live server_push server_repositories"
    "server_demo:coworking_core server_db server_repositories"
    "server_app:server_api server_config server_db server_demo server_http server_live server_observability server_push server_repositories server_runner"
    "coworking-server:server_app"
    # The client and the desk: never the server's libraries, except the desk program itself and
    # its embedding library, whose --embedded mode runs the whole server (server_app) in its
    # process.
    "coworking_client:coworking_core"
    "coworking_ui_common:coworking_core coworking_client"
    "coworking_ui_floor:coworking_ui_common"
    "coworking_ui_bookings:coworking_core coworking_client coworking_ui_common"
    "coworking_ui_settings:coworking_core coworking_client coworking_ui_common"
    "coworking_ui_closures:coworking_core coworking_client coworking_ui_common"
    "coworking_ui_people:coworking_core coworking_client coworking_ui_common"
    "coworking_ui_editor:coworking_core coworking_client coworking_ui_common"
    "coworking_ui_reports:coworking_core coworking_client coworking_ui_common"
    "coworking_ui_shell:coworking_ui_common coworking_ui_floor coworking_ui_bookings coworking_ui_settings coworking_ui_closures coworking_ui_people coworking_ui_editor coworking_ui_reports"
    "coworking_ui_kiosk:coworking_ui_common coworking_ui_floor coworking_client coworking_core"
    "coworking_desk_embedding:coworking_ui_shell server_app"
    "coworking-desk:coworking_desk_embedding coworking_ui_shell coworking_ui_kiosk server_app"
    # The desk benchmark (bench/desk) talks to a separate coworking-server, like the desk does.
    "desk-bench:coworking_ui_shell"
    "coworking-runner:server_runner")
